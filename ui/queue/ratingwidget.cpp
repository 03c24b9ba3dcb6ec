#include "ui/queue/ratingwidget.h"

#include "core/domain/ratingreasons.h"
#include "ui/queue/facefont.h"
#include "ui/queue/quickcomments.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ow {

namespace {

// From green to red: the faces read at a glance, also for those who do not read.
const char *const LevelColors[] = {"#c62828", "#ef6c00", "#9e9d24", "#558b2f", "#2e7d32"}; // 1 … 5

QList<QuickComments::Choice> reasonChoices()
{
    QList<QuickComments::Choice> choices;
    for (const QString &key : ratingReasonKeys())
        choices.append({key, ratingReasonLabel(key)});
    return choices;
}

} // namespace

RatingWidget::RatingWidget(HallClient *client, const QString &windowId, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_windowId(windowId),
      m_pages(new QStackedWidget(this)),
      m_idle(new QLabel(this)),
      m_question(new QLabel(this)),
      m_comment(new QLineEdit(this)),
      m_quick(new QuickComments(this)),
      m_reasons(new QuickComments(reasonChoices(), QStringLiteral("ratingReason"), this)),
      m_sendReasons(new QPushButton(this)),
      m_thanks(new QLabel(this)),
      m_state(new QLabel(this)),
      m_askTimer(new QTimer(this)),
      m_thanksTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("ratingScreen"));
    m_pages->setObjectName(QStringLiteral("ratingPages"));
    m_idle->setObjectName(QStringLiteral("ratingIdleLabel"));
    m_question->setObjectName(QStringLiteral("ratingQuestion"));
    m_comment->setObjectName(QStringLiteral("ratingComment"));
    m_thanks->setObjectName(QStringLiteral("ratingThanksLabel"));
    m_state->setObjectName(QStringLiteral("ratingStateLabel"));

    m_idle->setFont(faceFont(font(), 28));
    m_idle->setAlignment(Qt::AlignCenter);
    m_idle->setWordWrap(true);
    m_idle->setText(tr("Welcome. After your visit, please rate our service here."));

    // The question page: the ticket, an optional comment, five levels a finger hits.
    auto *asking = new QWidget(this);
    m_question->setFont(faceFont(font(), 26));
    m_question->setAlignment(Qt::AlignCenter);
    m_question->setWordWrap(true);
    m_question->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_comment->setFont(faceFont(font(), 18));
    m_comment->setMinimumHeight(56);
    m_comment->setMaxLength(200); // the service's limit
    m_comment->setPlaceholderText(tr("Anything to tell us? (optional, then touch a level)"));
    auto *levels = new QGridLayout;
    levels->setSpacing(12);
    for (int rating = 5; rating >= 1; --rating) {
        // A push button cannot wrap its text ("Very dissatisfied" in big letters is wider than a fifth of
        // the screen): the stars and the name are labels inside it that let the touches through.
        auto *button = new QPushButton(asking);
        button->setObjectName(QStringLiteral("rating_%1").arg(rating));
        button->setAccessibleName(levelName(rating));
        button->setMinimumSize(150, 150);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setFocusPolicy(Qt::NoFocus); // a touch screen: the comment keeps the keyboard
        button->setStyleSheet(QStringLiteral("QPushButton { background: %1; border-radius: 12px; }"
                                             "QPushButton:disabled { background: #9e9e9e; }"
                                             "QLabel { color: white; background: transparent; }")
                                  .arg(QLatin1String(LevelColors[rating - 1])));
        auto *stars = new QLabel(QString(rating, QChar(0x2605)), button); // ★ as many as the level
        auto *name = new QLabel(levelName(rating), button);
        name->setObjectName(QStringLiteral("ratingName_%1").arg(rating));
        stars->setFont(faceFont(font(), 18));
        name->setFont(faceFont(font(), 20));
        name->setWordWrap(true);
        auto *inside = new QVBoxLayout(button);
        for (QLabel *label : {stars, name}) {
            label->setAlignment(Qt::AlignCenter);
            label->setAttribute(Qt::WA_TransparentForMouseEvents);
            inside->addWidget(label);
        }
        connect(button, &QPushButton::clicked, this, [this, rating] { rate(rating); });
        levels->addWidget(button, 0, 5 - rating);
        m_levels << button;
    }
    auto *askLayout = new QVBoxLayout(asking);
    askLayout->addWidget(m_question, 2);
    askLayout->addLayout(levels, 3);
    askLayout->addWidget(m_quick);
    askLayout->addWidget(m_comment);

    // The reasons page: why it was bad, touch all that apply, then Send (or nothing: it is sent anyway).
    auto *reasonsPage = new QWidget(this);
    auto *why = new QLabel(tr("We are sorry. What went wrong? Touch all that apply."), reasonsPage);
    why->setObjectName(QStringLiteral("ratingReasonsQuestion"));
    why->setFont(faceFont(font(), 26));
    why->setAlignment(Qt::AlignCenter);
    why->setWordWrap(true);
    why->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_reasons->setObjectName(QStringLiteral("ratingReasons"));
    m_sendReasons->setObjectName(QStringLiteral("ratingSendReasons"));
    m_sendReasons->setText(tr("Send"));
    m_sendReasons->setFont(faceFont(font(), 24));
    m_sendReasons->setMinimumHeight(90);
    m_sendReasons->setFocusPolicy(Qt::NoFocus);
    m_sendReasons->setStyleSheet(QStringLiteral("QPushButton { background: #1565c0; color: white; border-radius: 12px; }"));
    connect(m_sendReasons, &QPushButton::clicked, this, &RatingWidget::sendWithReasons);
    auto *reasonsLayout = new QVBoxLayout(reasonsPage);
    reasonsLayout->addWidget(why, 1);
    reasonsLayout->addWidget(m_reasons, 3);
    reasonsLayout->addWidget(m_sendReasons);

    m_thanks->setFont(faceFont(font(), 32));
    m_thanks->setAlignment(Qt::AlignCenter);
    m_thanks->setWordWrap(true);

    m_pages->addWidget(m_idle);      // Page::Idle
    m_pages->addWidget(asking);      // Page::Asking
    m_pages->addWidget(m_thanks);    // Page::Thanks
    m_pages->addWidget(reasonsPage); // Page::Reasons
    m_state->setFont(faceFont(font(), 16));
    m_state->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_state->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_pages, 1);

    m_askTimer->setSingleShot(true);
    m_askTimer->setInterval(60000);
    m_thanksTimer->setSingleShot(true);
    m_thanksTimer->setInterval(6000);
    connect(m_askTimer, &QTimer::timeout, this, &RatingWidget::onAskTimeout);
    connect(m_thanksTimer, &QTimer::timeout, this, &RatingWidget::showIdle);

    if (m_client) {
        connect(m_client, &HallClient::ticketCompleted, this, &RatingWidget::onCompleted);
        connect(m_client, &HallClient::stateChanged, this, &RatingWidget::showState);
        showState(m_client->state());
    } else {
        showState(HallClient::State::Offline);
    }
    showIdle();
}

QString RatingWidget::levelName(int rating)
{
    switch (rating) {
    case 5: return tr("Very satisfied");
    case 4: return tr("Satisfied");
    case 3: return tr("Fairly satisfied");
    case 2: return tr("Dissatisfied");
    case 1: return tr("Very dissatisfied");
    default: return {};
    }
}

void RatingWidget::setTimeouts(int askMs, int thanksMs)
{
    m_askTimer->setInterval(askMs);
    m_thanksTimer->setInterval(thanksMs);
}

RatingWidget::Page RatingWidget::page() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void RatingWidget::onCompleted(const HallTicket &ticket)
{
    if (ticket.windowId == m_windowId)
        ask(ticket);
}

void RatingWidget::ask(const HallTicket &ticket)
{
    // A newer completion replaces an unanswered question: the previous applicant has left the counter. A
    // rating they gave and did not finish explaining is sent first, with the reasons touched so far.
    sendWithReasons();
    m_ticket = ticket;
    m_sending = false;
    m_comment->clear();
    m_quick->clear();
    m_quick->setChoicesEnabled(true);
    m_reasons->clear();
    m_pendingRating = 0;
    for (QPushButton *button : std::as_const(m_levels))
        button->setEnabled(true);
    m_question->setText(tr("Ticket %1: how satisfied are you with our service today?").arg(ticket.code));
    m_thanksTimer->stop();
    m_pages->setCurrentIndex(int(Page::Asking));
    m_askTimer->start();
}

void RatingWidget::rate(int rating)
{
    if (!m_client || m_sending || page() != Page::Asking || rating < 1 || rating > 5)
        return;
    if (ratingTakesReasons(rating)) {
        m_pendingRating = rating;
        m_reasons->clear();
        m_reasons->setChoicesEnabled(true);
        m_sendReasons->setEnabled(true);
        m_pages->setCurrentIndex(int(Page::Reasons));
        m_askTimer->start(); // walking away from this page still sends the rating
        return;
    }
    send(rating, {});
}

void RatingWidget::sendWithReasons()
{
    if (page() == Page::Reasons && !m_sending)
        send(m_pendingRating, m_reasons->chosenKeys());
}

void RatingWidget::onAskTimeout()
{
    if (page() == Page::Reasons)
        sendWithReasons(); // the applicant has gone: the rating they gave still counts
    else
        showIdle();
}

void RatingWidget::send(int rating, const QStringList &reasons)
{
    if (!m_client || m_sending)
        return;
    m_sending = true;
    m_askTimer->stop();
    for (QPushButton *button : std::as_const(m_levels))
        button->setEnabled(false);
    m_quick->setChoicesEnabled(false);
    m_reasons->setChoicesEnabled(false);
    m_sendReasons->setEnabled(false);
    const HallTicket ticket = m_ticket;
    connect(m_client->rate(ticket.id, rating, m_quick->comment(m_comment->text(), m_comment->maxLength()), reasons),
            &HallReply::finished, this, [this, ticket](const HallResult &r) {
                if (ticket.id != m_ticket.id)
                    return; // a newer completion took the screen meanwhile
                m_sending = false;
                if (r.ok()) {
                    m_ticket = r.ticket();
                    showThanks(tr("Thank you for your rating!"), false);
                    Q_EMIT rated(m_ticket);
                    return;
                }
                // Already rated (at the kiosk, say) is no fault of the applicant: thank them all the same.
                if (r.errorCode == QLatin1String("already_rated"))
                    showThanks(tr("Thank you! This visit has already been rated."), false);
                else
                    showThanks(tr("Sorry, your rating could not be recorded. Please tell the clerk or use the kiosk."), true);
                Q_EMIT rateFailed(r);
            });
}

void RatingWidget::showThanks(const QString &text, bool error)
{
    m_thanks->setText(text);
    m_thanks->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #2e7d32;"));
    m_pages->setCurrentIndex(int(Page::Thanks));
    m_thanksTimer->start();
}

void RatingWidget::showIdle()
{
    m_askTimer->stop();
    m_thanksTimer->stop();
    m_comment->clear();
    m_quick->clear();
    m_reasons->clear();
    m_pendingRating = 0;
    m_ticket = {};
    m_pages->setCurrentIndex(int(Page::Idle));
}

void RatingWidget::showState(HallClient::State state)
{
    // Offline the screen cannot learn of completions; say so in a small line, the applicant is not at fault.
    const bool online = state == HallClient::State::Online;
    m_state->setVisible(!online);
    if (!online)
        m_state->setText(tr("offline: ratings are not available right now"));
}

} // namespace ow
