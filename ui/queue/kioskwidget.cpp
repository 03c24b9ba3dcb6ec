#include "ui/queue/kioskwidget.h"

#include "core/print/escposticket.h"
#include "core/queue/halltime.h"
#include "ui/queue/facefont.h"
#include "ui/queue/fitlabel.h"
#include "ui/queue/kioskcheckin.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ow {

KioskWidget::KioskWidget(HallClient *client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_serviceBox(new QWidget(this)),
      m_serviceGrid(new QGridLayout(m_serviceBox)),
      m_priority(new QPushButton(tr("Priority lane"), this)),
      m_priorityCategory(new QComboBox(this)),
      m_ticket(new QLabel(this)),
      m_state(new QLabel(this)),
      m_resetTimer(new QTimer(this)),
      m_top(new QStackedWidget(this)),
      m_checkInButton(new QPushButton(tr("Booking check-in"), this)),
      m_pad(new BookingCodePad(this)),
      m_elderly(new ElderlyCheck(this))
{
    setObjectName(QStringLiteral("kiosk"));
    m_serviceBox->setObjectName(QStringLiteral("kioskServices"));
    m_priority->setObjectName(QStringLiteral("kioskPriority"));
    m_priorityCategory->setObjectName(QStringLiteral("kioskPriorityCategory"));
    m_ticket->setObjectName(QStringLiteral("kioskTicketLabel"));
    m_state->setObjectName(QStringLiteral("kioskStateLabel"));
    m_checkInButton->setObjectName(QStringLiteral("kioskCheckIn"));
    m_checkInButton->setMinimumHeight(64);
    m_checkInButton->setFont(faceFont(font(), 22));
    m_checkInButton->setToolTip(tr("Booked an appointment online or by phone? Check in with its code."));

    // A touch screen: buttons a finger hits, text read standing up, no keyboard focus tricks.
    m_priority->setCheckable(true);
    m_priority->setMinimumHeight(64);
    m_priority->setFont(faceFont(font(), 20));
    m_priority->setToolTip(tr("For the elderly, the disabled, pregnant women and servicemen"));
    m_priorityCategory->setFont(faceFont(font(), 20));
    m_priorityCategory->setMinimumHeight(64);
    m_priorityCategory->setEnabled(false);
    // The number itself is set larger in showTicket(). The ticket has its own column: whatever it says,
    // it takes no height from the buttons, and its text wraps rather than widening the window.
    m_ticket->setFont(faceFont(font(), 22));
    m_ticket->setAlignment(Qt::AlignCenter);
    m_ticket->setWordWrap(true);
    m_ticket->setMinimumHeight(140);
    m_ticket->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    m_state->setFont(faceFont(font(), 20));
    m_state->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_state->setWordWrap(true);
    m_state->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_serviceGrid->setSpacing(16);
    m_serviceBox->installEventFilter(this); // its width sets the service names' size

    auto *priorityRow = new QHBoxLayout;
    priorityRow->addWidget(m_priority, 1);
    priorityRow->addWidget(m_priorityCategory, 1);
    auto *servicesPage = new QWidget(this);
    auto *servicesLayout = new QVBoxLayout(servicesPage);
    servicesLayout->setContentsMargins(0, 0, 0, 0);
    servicesLayout->addWidget(m_serviceBox, 1);
    servicesLayout->addWidget(m_checkInButton);
    servicesLayout->addLayout(priorityRow);
    m_top->addWidget(servicesPage);
    m_top->addWidget(m_pad);
    auto *ticketColumn = new QVBoxLayout;
    ticketColumn->addWidget(m_ticket, 1);
    ticketColumn->addWidget(m_elderly);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addWidget(m_top, 3);
    columns->addLayout(ticketColumn, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(columns, 1);

    connect(m_priority, &QPushButton::toggled, m_priorityCategory, &QWidget::setEnabled);
    connect(m_checkInButton, &QPushButton::clicked, this, &KioskWidget::showCheckIn);
    connect(m_pad, &BookingCodePad::checkInRequested, this, &KioskWidget::checkIn);
    connect(m_pad, &BookingCodePad::cancelled, this, &KioskWidget::showWelcome);
    connect(m_elderly, &ElderlyCheck::elderlyConfirmed, this, &KioskWidget::chooseElderly);
    m_resetTimer->setSingleShot(true);
    m_resetTimer->setInterval(defaultResultTimeoutMs);
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

int KioskWidget::resultTimeout() const
{
    return m_resetTimer->interval();
}

bool KioskWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_serviceBox && event->type() == QEvent::Resize)
        fitServiceButtons();
    return QWidget::eventFilter(watched, event);
}

void KioskWidget::fitServiceButtons()
{
    // A push button cannot wrap: its font shrinks until the longest line (the service's name) fits.
    for (QPushButton *button : std::as_const(m_serviceButtons)) {
        const int room = button->width() - 24; // the style's frame and padding
        if (room <= 0)
            continue;
        button->setFont(faceFont(font(), fittingPointSize(faceFont(font(), 24), button->text(), room, 24, 12)));
    }
}

QString KioskWidget::ticketTime(const HallTicket &ticket) const
{
    // The hall's clock, as the board and the dashboard show it, whatever zone this kiosk PC is set to.
    const HallTime hall(m_client ? m_client->snapshot().timeZone : QTimeZone());
    return hall.shortDateTime(ticket.issuedAt.isValid() ? ticket.issuedAt : QDateTime::currentDateTimeUtc());
}

void KioskWidget::setTicketPrinterDevice(const QString &device, const QString &footer)
{
    m_printerDevice = device;
    m_printFooter = footer;
}

void KioskWidget::printTicket(const HallTicket &ticket, int peopleAhead)
{
    if (m_printerDevice.isEmpty())
        return;
    TicketPrint print;
    print.ticket = {ticket.id, ticket.code, ticket.priority, ticket.bookingCode, ticket.issuedAt};
    print.peopleAhead = peopleAhead;
    print.footer = m_printFooter;
    print.issuedAtText = ticketTime(ticket);
    if (m_client) {
        print.hallName = m_client->snapshot().hallName;
        print.serviceName = m_client->snapshot().serviceName(ticket.service);
    }
    QString error;
    if (!EscPosTicket::write(m_printerDevice, EscPosTicket::encode(print), &error)) {
        // The number is valid without the paper: say so under it rather than hide it.
        qWarning("%s", qPrintable(error));
        m_ticket->setText(m_ticket->text()
                          + QStringLiteral("<div style=\"color: #b00020;\">%1</div>")
                                .arg(tr("The printer did not print: please remember your number.").toHtmlEscaped()));
    }
}

void KioskWidget::rebuildServices(const HallSnapshot &snapshot)
{
    qDeleteAll(m_serviceButtons);
    m_serviceButtons.clear();
    int i = 0;
    for (const HallServiceInfo &service : snapshot.services) {
        auto *button = new QPushButton(tr("%1\n%2").arg(service.name, service.code), m_serviceBox);
        button->setObjectName(QStringLiteral("service_") + service.code);
        button->setMinimumSize(200, 88);
        // The layout gives the width (two columns); the name fits it, it does not set it.
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
        button->setFont(faceFont(font(), 24));
        button->setEnabled(!m_busy && m_client && m_client->isOnline());
        const QString code = service.code;
        connect(button, &QPushButton::clicked, this, [this, code] { issue(code); });
        // Two columns read well on an upright kiosk screen.
        m_serviceGrid->addWidget(button, i / 2, i % 2);
        m_serviceButtons << button;
        ++i;
    }
    fitServiceButtons();

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
    // The ID check only makes sense where the hall has an elderly category to give.
    m_elderly->setVisible(m_priorityCategory->findData(QStringLiteral("elderly")) >= 0);
}

void KioskWidget::chooseElderly()
{
    const int at = m_priorityCategory->findData(QStringLiteral("elderly"));
    if (at < 0)
        return;
    m_priorityCategory->setCurrentIndex(at);
    m_priority->setChecked(true);
    m_resetTimer->start(); // nobody touched a service: the choice must not pass to the next person
}

void KioskWidget::issue(const QString &serviceCode)
{
    if (!m_client || m_busy)
        return;
    const QString priority = m_priority->isChecked() ? m_priorityCategory->currentData().toString() : QString();
    setBusy(true);
    m_ticket->setText(tr("Printing your ticket…"));
    connect(m_client->issueTicket(serviceCode, priority), &HallReply::finished, this,
            [this](const HallResult &r) { finishIssue(r, false); });
}

void KioskWidget::showCheckIn()
{
    m_pad->clear();
    m_top->setCurrentWidget(m_pad);
    m_elderly->setVisible(false); // one keypad at a time: the booking code's
    m_ticket->setStyleSheet(QString());
    m_ticket->setText(tr("Type your booking code and touch Check in"));
    m_resetTimer->start(); // an abandoned pad goes back to the services
}

void KioskWidget::checkIn(const QString &bookingCode)
{
    const QString code = bookingCode.trimmed().toUpper();
    if (!m_client || m_busy || code.isEmpty())
        return;
    m_resetTimer->stop();
    setBusy(true);
    m_ticket->setStyleSheet(QString());
    m_ticket->setText(tr("Checking your booking…"));
    connect(m_client->checkIn(code), &HallReply::finished, this, [this](const HallResult &r) { finishIssue(r, true); });
}

void KioskWidget::finishIssue(const HallResult &r, bool checkIn)
{
    setBusy(false);
    // The options are for one person: the next one must choose them again.
    m_priority->setChecked(false);
    m_elderly->reset();
    if (!r.ok()) {
        if (checkIn) {
            // The pad stays, with the code, so a mistyped code is corrected rather than typed again.
            m_ticket->setText(checkInRefusal(r.errorCode, r.errorMessage));
            m_ticket->setStyleSheet(QStringLiteral("color: #b00020;"));
            m_resetTimer->start();
        } else {
            showError(r.errorMessage);
        }
        Q_EMIT issueFailed(r);
        return;
    }
    m_pad->clear();
    m_top->setCurrentIndex(0);
    m_elderly->setVisible(m_priorityCategory->findData(QStringLiteral("elderly")) >= 0);
    const HallTicket ticket = r.ticket();
    const int ahead = r.body.value(QStringLiteral("waitingAhead")).toInt();
    showTicket(ticket, ahead);
    printTicket(ticket, ahead);
    Q_EMIT ticketIssued(ticket, ahead);
}

QString KioskWidget::checkInRefusal(const QString &code, const QString &serverDetail)
{
    if (code == QLatin1String("booking_not_found"))
        return tr("We cannot find this booking code. Please check it and try again, or ask the information desk.");
    if (code == QLatin1String("booking_too_early"))
        return tr("It is too early to check in for this booking. Please come back closer to your time.\n%1").arg(serverDetail);
    if (code == QLatin1String("booking_missed"))
        return tr("The time of this booking has passed. Please take a normal ticket for your service.");
    if (code == QLatin1String("booking_used"))
        return tr("This booking has already been checked in. Please wait for the number you were given.");
    if (code == QLatin1String("booking_other_day"))
        return tr("This booking is for another day. Please come back on the day of your booking.");
    if (code == QLatin1String("network"))
        return tr("The queue service is not reachable. Please ask the information desk.");
    return tr("The booking could not be checked in: %1\nPlease ask the information desk.").arg(serverDetail);
}

void KioskWidget::showTicket(const HallTicket &ticket, int peopleAhead)
{
    const QString service = m_client ? m_client->snapshot().serviceName(ticket.service) : ticket.service;
    QStringList lines{service, tr("%n person(s) ahead of you", nullptr, peopleAhead), ticketTime(ticket)};
    if (!ticket.priority.isEmpty())
        lines << tr("Priority lane");
    if (ticket.isAppointment())
        lines << tr("Booking %1 checked in").arg(ticket.bookingCode);
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    // The number is what people read from a step away (as large as the column allows); the rest close up.
    const QString number = tr("Your number: %1").arg(ticket.code);
    const int numberSize = fittingPointSize(m_ticket->font(), number, m_ticket->contentsRect().width() - 8, 40, 22);
    m_ticket->setText(QStringLiteral("<div style=\"font-size: %1pt;\">%2</div><div>%3</div>")
                          .arg(QString::number(numberSize), number.toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
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
    m_top->setCurrentIndex(0);
    m_elderly->setVisible(m_priorityCategory->findData(QStringLiteral("elderly")) >= 0);
    m_pad->clear();
    m_elderly->reset();
    m_priority->setChecked(false);
    m_ticket->setStyleSheet(QString());
    m_ticket->setText(tr("Touch the service you need to take a number"));
}

void KioskWidget::setBusy(bool busy)
{
    m_busy = busy;
    const bool enabled = !busy && m_client && m_client->isOnline();
    for (QPushButton *button : std::as_const(m_serviceButtons))
        button->setEnabled(enabled);
    m_checkInButton->setEnabled(enabled);
    m_pad->setBusy(!enabled);
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
