#include "ui/queue/kioskcheckin.h"

#include "core/domain/elderlypriority.h"
#include "ui/queue/facefont.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ow {

BookingCodePad::BookingCodePad(QWidget *parent)
    : QWidget(parent),
      m_code(new QLineEdit(this)),
      m_checkIn(new QPushButton(tr("Check in"), this))
{
    setObjectName(QStringLiteral("bookingCodePad"));
    m_code->setObjectName(QStringLiteral("bookingCodeEdit"));
    m_checkIn->setObjectName(QStringLiteral("bookingCheckInButton"));

    m_code->setFont(faceFont(font(), 30));
    m_code->setMinimumHeight(72);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setPlaceholderText(tr("Booking code"));
    m_code->setMaxLength(32);
    // The service's booking codes: capital letters, digits, '-'. Lower case from a system keyboard is raised.
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9-]{0,32}")), m_code));
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text != text.toUpper()) {
            const int at = m_code->cursorPosition();
            m_code->setText(text.toUpper());
            m_code->setCursorPosition(at);
        }
        updateButtons();
    });
    connect(m_code, &QLineEdit::returnPressed, m_checkIn, &QPushButton::click);

    // Digits first (most codes are mostly digits), then the letters in keyboard order.
    const QString keys = QStringLiteral("1234567890QWERTYUIOPASDFGHJKL-ZXCVBNM");
    auto *pad = new QGridLayout;
    pad->setSpacing(6);
    for (int i = 0; i < keys.size(); ++i) {
        const QString key = keys.mid(i, 1);
        auto *button = new QPushButton(key, this);
        button->setObjectName(QStringLiteral("bookingKey_") + (key == QLatin1String("-") ? QStringLiteral("dash") : key));
        button->setFont(faceFont(font(), 18));
        button->setMinimumSize(44, 52);
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, key] { press(key); });
        pad->addWidget(button, i / 10, i % 10);
        m_keys << button;
    }
    auto *erase = new QPushButton(tr("⌫ Delete"), this);
    erase->setObjectName(QStringLiteral("bookingKey_delete"));
    erase->setFont(faceFont(font(), 16));
    erase->setFocusPolicy(Qt::NoFocus);
    erase->setMinimumHeight(52);
    connect(erase, &QPushButton::clicked, this, [this] { press({}); });
    pad->addWidget(erase, 3, 7, 1, 3);
    m_keys << erase;

    auto *back = new QPushButton(tr("Back"), this);
    back->setObjectName(QStringLiteral("bookingBackButton"));
    for (QPushButton *b : {m_checkIn, back}) {
        b->setFont(faceFont(font(), 22));
        b->setMinimumHeight(72);
        b->setFocusPolicy(Qt::NoFocus);
    }
    connect(back, &QPushButton::clicked, this, [this] {
        clear();
        Q_EMIT cancelled();
    });
    connect(m_checkIn, &QPushButton::clicked, this, [this] {
        if (!code().isEmpty() && !m_busy)
            Q_EMIT checkInRequested(code());
    });

    auto *title = new QLabel(tr("Booking check-in: type the code of your booking"), this);
    title->setFont(faceFont(font(), 20));
    title->setWordWrap(true);
    auto *actions = new QHBoxLayout;
    actions->addWidget(back, 1);
    actions->addWidget(m_checkIn, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_code);
    layout->addLayout(pad);
    layout->addLayout(actions);
    layout->addStretch(1);
    updateButtons();
}

QString BookingCodePad::code() const
{
    return m_code->text().trimmed().toUpper();
}

void BookingCodePad::clear()
{
    m_code->clear();
    updateButtons();
}

void BookingCodePad::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void BookingCodePad::press(const QString &key)
{
    if (key.isEmpty())
        m_code->backspace();
    else if (m_code->text().size() < m_code->maxLength())
        m_code->insert(key);
    updateButtons();
}

void BookingCodePad::updateButtons()
{
    m_checkIn->setEnabled(!m_busy && !code().isEmpty());
    for (QPushButton *key : std::as_const(m_keys))
        key->setEnabled(!m_busy);
}

ElderlyCheck::ElderlyCheck(QWidget *parent)
    : QWidget(parent),
      m_id(new QLineEdit(this)),
      m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("elderlyCheck"));
    m_id->setObjectName(QStringLiteral("elderlyIdEdit"));
    m_result->setObjectName(QStringLiteral("elderlyResultLabel"));
    m_id->setFont(faceFont(font(), 18));
    m_id->setMinimumHeight(52);
    m_id->setMaxLength(18);
    // Hidden once typed: a kiosk stands in a public hall and the person behind reads the screen.
    m_id->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_id->setPlaceholderText(tr("ID number"));
    m_id->setToolTip(tr("The number is only checked here; it is neither sent nor kept."));
    m_result->setFont(faceFont(font(), 14));
    m_result->setWordWrap(true);
    auto *confirm = new QPushButton(tr("Check"), this);
    confirm->setObjectName(QStringLiteral("elderlyCheckButton"));
    confirm->setFont(faceFont(font(), 18));
    confirm->setMinimumHeight(52);
    connect(confirm, &QPushButton::clicked, this, [this] { check(m_id->text()); });
    connect(m_id, &QLineEdit::returnPressed, this, [this] { check(m_id->text()); });

    // The keypad: the digits in a phone's order, then X (the last character of some numbers) and delete.
    // Big keys a finger hits; none takes the focus, so the entry keeps the text hidden once typed.
    auto *keypad = new QGridLayout;
    keypad->setSpacing(8);
    const QStringList keys{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s, u"8"_s, u"9"_s, u"X"_s, u"0"_s, QString()};
    for (int i = 0; i < keys.size(); ++i) {
        const QString &key = keys.at(i); // the lambda below keeps its own copy
        auto *button = new QPushButton(key.isEmpty() ? QStringLiteral("⌫") : key, this);
        button->setObjectName(QStringLiteral("idKey_") + (key.isEmpty() ? QStringLiteral("delete") : key));
        if (key.isEmpty())
            button->setAccessibleName(tr("Delete"));
        button->setFont(faceFont(font(), 22));
        button->setMinimumSize(72, 56);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, key] { press(key); });
        keypad->addWidget(button, i / 3, i % 3);
    }

    auto *row = new QHBoxLayout;
    row->addWidget(m_id, 3);
    row->addWidget(confirm, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *invite = new QLabel(
        tr("Aged %1 or over? Type your ID number for the priority lane (it is not kept):").arg(ElderlyPriorityAge), this);
    invite->setObjectName(QStringLiteral("elderlyInvite"));
    invite->setFont(faceFont(font(), 14));
    invite->setWordWrap(true);
    invite->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_result->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(invite);
    layout->addLayout(row);
    layout->addLayout(keypad);
    layout->addWidget(m_result);
    m_result->hide();
}

void ElderlyCheck::press(const QString &key)
{
    if (key.isEmpty())
        m_id->backspace();
    else if (m_id->text().size() < m_id->maxLength())
        m_id->insert(key);
}

void ElderlyCheck::reset()
{
    m_id->clear();
    m_result->clear();
    m_result->hide();
}

void ElderlyCheck::check(const QString &idNumber)
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const ElderlyVerdict verdict = elderlyPriority(idNumber, today);
    m_id->clear(); // forgotten at once, whatever the answer
    m_result->show();
    if (verdict.kind == ElderlyVerdict::Kind::NotAnId) {
        m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_result->setText(tr("This is not a valid ID number: %1").arg(verdict.reason));
        return;
    }
    if (verdict.kind == ElderlyVerdict::Kind::TooYoung) {
        m_result->setStyleSheet(QString());
        m_result->setText(
            tr("The priority lane for the elderly starts at %1. Please touch your service.").arg(ElderlyPriorityAge));
        return;
    }
    m_result->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    m_result->setText(tr("Priority lane for the elderly: touch your service for a priority ticket."));
    Q_EMIT elderlyConfirmed();
}

} // namespace ow
