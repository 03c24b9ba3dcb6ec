#include "ui/queue/boardwidget.h"

#include "ui/queue/facefont.h"
#include "ui/queue/fitlabel.h"

#include <QFont>
#include <QFontMetrics>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ow {

BoardWidget::BoardWidget(HallClient *client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_hallName(new FitLabel(28, 16, this)),
      m_clockLabel(new QLabel(this)),
      m_state(new QLabel(this)),
      m_latest(new FitLabel(96, 28, this)),
      m_previousHeading(new QLabel(tr("Recent calls"), this)),
      m_previous(new QListWidget(this)),
      m_waitingBox(new QWidget(this)),
      m_marquee(new QLabel(this)),
      m_marqueeTimer(new QTimer(this)),
      m_clockTimer(new QTimer(this)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("hallBoard"));
    m_hallName->setObjectName(QStringLiteral("boardHallName"));
    m_clockLabel->setObjectName(QStringLiteral("boardClock"));
    m_state->setObjectName(QStringLiteral("boardStateLabel"));
    m_latest->setObjectName(QStringLiteral("boardLatestCall"));
    m_previousHeading->setObjectName(QStringLiteral("boardPreviousHeading"));
    m_previous->setObjectName(QStringLiteral("boardPreviousCalls"));
    m_waitingBox->setObjectName(QStringLiteral("boardWaiting"));
    m_marquee->setObjectName(QStringLiteral("boardMarquee"));

    // Read from across the hall: sizes are large and nothing takes focus or selection.
    // The fitting labels keep their sizes' bold face; their size is chosen by width (FitLabel).
    m_hallName->setFont(faceFont(font(), 28));
    m_clockLabel->setFont(faceFont(font(), 28));
    m_clockLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_state->setFont(faceFont(font(), 22));
    m_state->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_state->setWordWrap(true);
    m_state->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_latest->setFont(faceFont(font(), 96));
    m_latest->setAlignment(Qt::AlignCenter);
    m_latest->setMinimumHeight(200);
    m_previousHeading->setFont(faceFont(font(), 24));
    m_previous->setFont(faceFont(font(), 32, false));
    m_previous->setFocusPolicy(Qt::NoFocus);
    m_previous->setSelectionMode(QAbstractItemView::NoSelection);
    // A long window name wraps inside the list rather than running out of it.
    m_previous->setWordWrap(true);
    m_previous->setTextElideMode(Qt::ElideNone);
    m_previous->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_previous->setResizeMode(QListView::Adjust);
    m_previous->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    // Room for every recent call without a scroll bar: the list is read from across the hall, nobody scrolls it.
    m_previous->setMinimumHeight(previousCallCount * (QFontMetrics(m_previous->font()).lineSpacing() + 16)
                                 + 2 * m_previous->frameWidth());
    m_waitingBox->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_marquee->setFont(faceFont(font(), 24, false));
    m_marquee->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long notice scrolls, never widens
    m_marquee->setVisible(false);
    new QGridLayout(m_waitingBox);

    auto *top = new QHBoxLayout;
    top->addWidget(m_hallName, 1);
    top->addWidget(m_clockLabel);
    auto *recent = new QVBoxLayout;
    recent->addWidget(m_previousHeading);
    recent->addWidget(m_previous, 1);
    auto *middle = new QHBoxLayout;
    middle->addLayout(recent, 3);
    middle->addWidget(m_waitingBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(m_latest, 2);
    layout->addLayout(middle, 3);
    layout->addWidget(m_marquee);

    // Minutes are what people read; a tick each second keeps the minute's change on time.
    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &BoardWidget::showClock);
    m_clockTimer->start();

    // The marquee moves one character at a time: cheap on a small board PC, readable from afar.
    m_marqueeTimer->setInterval(300);
    connect(m_marqueeTimer, &QTimer::timeout, this, &BoardWidget::scrollNotice);

    if (m_client) {
        connect(m_client, &HallClient::snapshotReset, this, &BoardWidget::redraw);
        connect(m_client, &HallClient::ticketCalled, this, &BoardWidget::showCall);
        connect(m_client, &HallClient::ticketRecalled, this, &BoardWidget::showCall);
        connect(m_client, &HallClient::stateChanged, this, &BoardWidget::showState);
        // Waiting counts change with issue, call, no-show, transfer: the snapshot is already updated.
        connect(m_client, &HallClient::eventReceived, this, [this] { showWaiting(); });
        if (m_client->isOnline())
            redraw(m_client->snapshot());
        showState(m_client->state());
    } else {
        showState(HallClient::State::Offline);
    }
    if (m_calls.isEmpty())
        m_latest->setFitText(tr("Please wait to be called"));
    showClock();
}

void BoardWidget::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    showClock();
}

void BoardWidget::showClock()
{
    // The hall's zone from its snapshot: the board PC's own zone may be anything (often UTC).
    const HallTime hall(m_client ? m_client->snapshot().timeZone : QTimeZone());
    const QString text = hall.time(m_clock());
    if (m_clockLabel->text() != text)
        m_clockLabel->setText(text);
}

void BoardWidget::showPrevious()
{
    m_previous->clear();
    for (int i = 1; i < m_calls.size() && i <= previousCallCount; ++i)
        m_previous->addItem(callText(m_calls.at(i)));
}

void BoardWidget::setNotice(const QString &text)
{
    m_noticeText = text.simplified();
    m_marqueeOffset = 0;
    m_marquee->setVisible(!m_noticeText.isEmpty());
    if (m_noticeText.isEmpty()) {
        m_marqueeTimer->stop();
        return;
    }
    m_marquee->setText(m_noticeText);
    m_marqueeTimer->start();
}

void BoardWidget::scrollNotice()
{
    if (m_noticeText.isEmpty())
        return;
    // Rotate the text with a gap so the end and the start do not run together.
    const QString loop = m_noticeText + QStringLiteral("　　　　");
    m_marqueeOffset = (m_marqueeOffset + 1) % loop.size();
    m_marquee->setText(loop.mid(m_marqueeOffset) + loop.left(m_marqueeOffset));
}

QString BoardWidget::callText(const HallCall &call) const
{
    const QString window = call.windowName.isEmpty() ? call.windowId : call.windowName;
    return tr("%1 → %2").arg(call.ticket.code, window);
}

void BoardWidget::redraw(const HallSnapshot &snapshot)
{
    m_hallName->setFitText(snapshot.hallName);
    m_calls = snapshot.latestCalls;
    m_latest->setFitText(m_calls.isEmpty() ? tr("Please wait to be called") : callText(m_calls.first()));
    showPrevious();
    showClock();

    // The services may differ after a new day or a changed configuration: rebuild their rows.
    auto *grid = static_cast<QGridLayout *>(m_waitingBox->layout());
    qDeleteAll(m_waiting);
    m_waiting.clear();
    int row = 0;
    for (const HallServiceInfo &service : snapshot.services) {
        auto *label = new QLabel(m_waitingBox);
        label->setObjectName(QStringLiteral("waiting_") + service.code);
        label->setFont(faceFont(font(), 26, false));
        label->setWordWrap(true);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        grid->addWidget(label, row++, 0);
        m_waiting.insert(service.code, label);
    }
    showWaiting();
}

void BoardWidget::showCall(const HallCall &call)
{
    // A recall brings the ticket back to the top; the same ticket is not listed twice.
    for (qsizetype i = m_calls.size() - 1; i >= 0; --i) {
        if (m_calls.at(i).ticket.id == call.ticket.id)
            m_calls.removeAt(i);
    }
    m_calls.prepend(call);
    while (m_calls.size() > previousCallCount + 1)
        m_calls.removeLast();
    m_latest->setFitText(callText(call));
    showPrevious();
}

void BoardWidget::showWaiting()
{
    if (!m_client)
        return;
    const HallSnapshot &snapshot = m_client->snapshot();
    for (const HallServiceInfo &service : snapshot.services) {
        QLabel *label = m_waiting.value(service.code);
        if (!label)
            continue;
        // The next few numbers help people judge whether to step out; more would not be read.
        QStringList next;
        const QList<HallTicket> waiting = snapshot.waitingFor(service.code);
        for (int i = 0; i < waiting.size() && i < 3; ++i)
            next << waiting.at(i).code;
        QString text = tr("%1: %n waiting", nullptr, service.waiting).arg(service.name);
        if (!next.isEmpty())
            text += tr(" (next %1)").arg(next.join(QStringLiteral(", ")));
        label->setText(text);
    }
}

void BoardWidget::showState(HallClient::State state)
{
    switch (state) {
    case HallClient::State::Online:
        m_state->clear();
        m_state->setVisible(false);
        break;
    case HallClient::State::Connecting: // a retry is not a connection: until online, say offline
    case HallClient::State::Offline:
        // Plain words: the board shows the last known calls, but they may be stale.
        m_state->setText(tr("offline: the calls shown may be out of date"));
        m_state->setVisible(true);
        break;
    }
}

} // namespace ow
