#include "ui/queue/boardwidget.h"

#include "ui/queue/facefont.h"

#include <QFont>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ow {

BoardWidget::BoardWidget(HallClient *client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_hallName(new QLabel(this)),
      m_state(new QLabel(this)),
      m_latest(new QLabel(this)),
      m_previous(new QListWidget(this)),
      m_waitingBox(new QWidget(this)),
      m_marquee(new QLabel(this)),
      m_marqueeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("hallBoard"));
    m_hallName->setObjectName(QStringLiteral("boardHallName"));
    m_state->setObjectName(QStringLiteral("boardStateLabel"));
    m_latest->setObjectName(QStringLiteral("boardLatestCall"));
    m_previous->setObjectName(QStringLiteral("boardPreviousCalls"));
    m_waitingBox->setObjectName(QStringLiteral("boardWaiting"));
    m_marquee->setObjectName(QStringLiteral("boardMarquee"));

    // Read from across the hall: sizes are large and nothing takes focus or selection.
    m_hallName->setFont(faceFont(font(), 28));
    m_state->setFont(faceFont(font(), 22));
    m_state->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_latest->setFont(faceFont(font(), 96));
    m_latest->setAlignment(Qt::AlignCenter);
    m_latest->setMinimumHeight(200);
    m_previous->setFont(faceFont(font(), 32, false));
    m_previous->setFocusPolicy(Qt::NoFocus);
    m_previous->setSelectionMode(QAbstractItemView::NoSelection);
    m_marquee->setFont(faceFont(font(), 24, false));
    m_marquee->setVisible(false);
    new QGridLayout(m_waitingBox);

    auto *top = new QHBoxLayout;
    top->addWidget(m_hallName, 1);
    top->addWidget(m_state);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_previous, 3);
    middle->addWidget(m_waitingBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_latest, 3);
    layout->addLayout(middle, 2);
    layout->addWidget(m_marquee);

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
        m_latest->setText(tr("Please wait to be called"));
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
    m_hallName->setText(snapshot.hallName);
    m_calls = snapshot.latestCalls;
    m_previous->clear();
    if (m_calls.isEmpty()) {
        m_latest->setText(tr("Please wait to be called"));
    } else {
        m_latest->setText(callText(m_calls.first()));
        for (int i = 1; i < m_calls.size() && i <= previousCallCount; ++i)
            m_previous->addItem(callText(m_calls.at(i)));
    }

    // The services may differ after a new day or a changed configuration: rebuild their rows.
    auto *grid = static_cast<QGridLayout *>(m_waitingBox->layout());
    qDeleteAll(m_waiting);
    m_waiting.clear();
    int row = 0;
    for (const HallServiceInfo &service : snapshot.services) {
        auto *label = new QLabel(m_waitingBox);
        label->setObjectName(QStringLiteral("waiting_") + service.code);
        label->setFont(faceFont(font(), 26, false));
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
    m_latest->setText(callText(call));
    m_previous->clear();
    for (int i = 1; i < m_calls.size(); ++i)
        m_previous->addItem(callText(m_calls.at(i)));
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
