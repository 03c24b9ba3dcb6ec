#include "kioskwidget.h"

#include <QComboBox>
#include <QGridLayout>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ow {

namespace {

QFont scaled(const QFont &base, int pointSize)
{
    QFont f = base;
    f.setPointSize(pointSize);
    f.setBold(true);
    return f;
}

} // namespace

KioskWidget::KioskWidget(HallClient *client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_serviceBox(new QWidget(this)),
      m_serviceGrid(new QGridLayout(m_serviceBox)),
      m_priority(new QPushButton(tr("Priority lane"), this)),
      m_priorityCategory(new QComboBox(this)),
      m_ticket(new QLabel(this)),
      m_state(new QLabel(this)),
      m_resetTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("kiosk"));
    m_serviceBox->setObjectName(QStringLiteral("kioskServices"));
    m_priority->setObjectName(QStringLiteral("kioskPriority"));
    m_priorityCategory->setObjectName(QStringLiteral("kioskPriorityCategory"));
    m_ticket->setObjectName(QStringLiteral("kioskTicketLabel"));
    m_state->setObjectName(QStringLiteral("kioskStateLabel"));

    // A touch screen: buttons a finger hits, text read standing up, no keyboard focus tricks.
    m_priority->setCheckable(true);
    m_priority->setMinimumHeight(72);
    m_priority->setFont(scaled(font(), 20));
    m_priority->setToolTip(tr("For the elderly, the disabled, pregnant women and servicemen"));
    m_priorityCategory->setFont(scaled(font(), 20));
    m_priorityCategory->setMinimumHeight(72);
    m_priorityCategory->setEnabled(false);
    m_ticket->setFont(scaled(font(), 36));
    m_ticket->setAlignment(Qt::AlignCenter);
    m_ticket->setWordWrap(true);
    m_ticket->setMinimumHeight(220);
    m_state->setFont(scaled(font(), 20));
    m_state->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_serviceGrid->setSpacing(16);

    auto *priorityRow = new QHBoxLayout;
    priorityRow->addWidget(m_priority, 1);
    priorityRow->addWidget(m_priorityCategory, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_serviceBox, 3);
    layout->addLayout(priorityRow);
    layout->addWidget(m_ticket, 2);

    connect(m_priority, &QPushButton::toggled, m_priorityCategory, &QWidget::setEnabled);
    m_resetTimer->setSingleShot(true);
    m_resetTimer->setInterval(20000);
    connect(m_resetTimer, &QTimer::timeout, this, &KioskWidget::showWelcome);

    if (m_client) {
        connect(m_client, &HallClient::snapshotReset, this, &KioskWidget::rebuildServices);
        connect(m_client, &HallClient::stateChanged, this, &KioskWidget::showState);
        if (m_client->snapshot().isValid())
            rebuildServices(m_client->snapshot());
        showState(m_client->state());
    } else {
        showState(HallClient::State::Offline);
    }
    showWelcome();
}

void KioskWidget::setResultTimeout(int ms)
{
    m_resetTimer->setInterval(ms);
}

void KioskWidget::rebuildServices(const HallSnapshot &snapshot)
{
    qDeleteAll(m_serviceButtons);
    m_serviceButtons.clear();
    int i = 0;
    for (const HallServiceInfo &service : snapshot.services) {
        auto *button = new QPushButton(tr("%1\n%2").arg(service.name, service.code), m_serviceBox);
        button->setObjectName(QStringLiteral("service_") + service.code);
        button->setMinimumSize(220, 120);
        button->setFont(scaled(font(), 28));
        button->setEnabled(!m_busy && m_client && m_client->isOnline());
        const QString code = service.code;
        connect(button, &QPushButton::clicked, this, [this, code] { issue(code); });
        // Two columns read well on an upright kiosk screen.
        m_serviceGrid->addWidget(button, i / 2, i % 2);
        m_serviceButtons << button;
        ++i;
    }

    // The categories come from the hall's configuration; the kiosk invents none.
    const QString current = m_priorityCategory->currentData().toString();
    m_priorityCategory->clear();
    for (const PriorityCategory &category : snapshot.priorities)
        m_priorityCategory->addItem(category.name, category.id);
    const int keep = m_priorityCategory->findData(current);
    if (keep >= 0)
        m_priorityCategory->setCurrentIndex(keep);
    m_priority->setVisible(!snapshot.priorities.isEmpty());
    m_priorityCategory->setVisible(!snapshot.priorities.isEmpty());
}

void KioskWidget::issue(const QString &serviceCode)
{
    if (!m_client || m_busy)
        return;
    const QString priority = m_priority->isChecked() ? m_priorityCategory->currentData().toString() : QString();
    setBusy(true);
    m_ticket->setText(tr("Printing your ticket…"));
    connect(m_client->issueTicket(serviceCode, priority), &HallReply::finished, this, [this](const HallResult &r) {
        setBusy(false);
        // The option is for one person: the next one must choose it again.
        m_priority->setChecked(false);
        if (!r.ok()) {
            showError(r.errorMessage);
            Q_EMIT issueFailed(r);
            return;
        }
        const HallTicket ticket = r.ticket();
        const int ahead = r.body.value(QStringLiteral("waitingAhead")).toInt();
        showTicket(ticket, ahead);
        Q_EMIT ticketIssued(ticket, ahead);
    });
}

void KioskWidget::showTicket(const HallTicket &ticket, int peopleAhead)
{
    const QString service = m_client ? m_client->snapshot().serviceName(ticket.service) : ticket.service;
    const QDateTime at = ticket.issuedAt.isValid() ? ticket.issuedAt.toLocalTime() : QDateTime::currentDateTime();
    QString text = tr("Your number: %1").arg(ticket.code) + u'\n' + service + u'\n'
        + tr("%n person(s) ahead of you", nullptr, peopleAhead) + u'\n'
        + QLocale().toString(at, QLocale::ShortFormat);
    if (!ticket.priority.isEmpty())
        text += u'\n' + tr("Priority lane");
    m_ticket->setText(text);
    m_ticket->setStyleSheet(QString());
    m_resetTimer->start();
}

void KioskWidget::showError(const QString &message)
{
    m_ticket->setText(tr("No ticket was issued: %1\nPlease ask the information desk.").arg(message));
    m_ticket->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_resetTimer->start();
}

void KioskWidget::showWelcome()
{
    m_ticket->setStyleSheet(QString());
    m_ticket->setText(tr("Touch the service you need to take a number"));
}

void KioskWidget::setBusy(bool busy)
{
    m_busy = busy;
    const bool enabled = !busy && m_client && m_client->isOnline();
    for (QPushButton *button : std::as_const(m_serviceButtons))
        button->setEnabled(enabled);
}

void KioskWidget::showState(HallClient::State state)
{
    const bool online = state == HallClient::State::Online;
    m_state->setVisible(!online);
    // Connecting is shown as offline too: retries come and go every few seconds while the service is down.
    if (!online)
        m_state->setText(tr("offline: no tickets can be issued, please ask the information desk"));
    setBusy(m_busy);
}

} // namespace ow
