#include "ui/queue/callingpanel.h"

#include "core/hall/reporter/ticketcaselinker.h"
#include "ui/queue/outcomebox.h"
#include "ui/queue/waitingticketmodel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace ow {

CallingPanel::CallingPanel(HallClient *client, const QString &windowId, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_windowId(windowId),
      m_title(new QLabel(this)),
      m_state(new QLabel(this)),
      m_ticket(new QLabel(this)),
      m_elapsed(new QLabel(this)),
      m_note(new QLabel(this)),
      m_message(new QLabel(this)),
      m_outcome(new QComboBox(this)),
      m_callNext(new QPushButton(this)),
      m_recall(new QPushButton(this)),
      m_noShow(new QPushButton(this)),
      m_complete(new QPushButton(this)),
      m_pause(new QPushButton(this)),
      m_transfer(new QPushButton(this)),
      m_callSelected(new QPushButton(tr("Call &selected"), this)),
      m_waitingModel(new WaitingTicketModel(this)),
      m_waiting(new QTreeView(this)),
      m_clock(new QTimer(this)),
      m_minute(new QTimer(this))
{
    setObjectName(QStringLiteral("callingPanel"));
    m_title->setObjectName(QStringLiteral("callingWindowLabel"));
    m_state->setObjectName(QStringLiteral("callingStateLabel"));
    m_ticket->setObjectName(QStringLiteral("callingTicketLabel"));
    m_elapsed->setObjectName(QStringLiteral("callingElapsedLabel"));
    m_note->setObjectName(QStringLiteral("callingNoteLabel"));
    m_message->setObjectName(QStringLiteral("callingMessageLabel"));
    m_outcome->setObjectName(QStringLiteral("callingOutcome"));
    m_callNext->setObjectName(QStringLiteral("callNextButton"));
    m_recall->setObjectName(QStringLiteral("recallButton"));
    m_noShow->setObjectName(QStringLiteral("noShowButton"));
    m_complete->setObjectName(QStringLiteral("completeButton"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_transfer->setObjectName(QStringLiteral("transferButton"));
    m_callSelected->setObjectName(QStringLiteral("callSelectedButton"));
    m_waiting->setObjectName(QStringLiteral("callingWaitingList"));

    // The outcomes of docs/hall-api.md; the clerk picks one before F4 (or F1, which completes first).
    addTicketOutcomes(m_outcome);

    QFont big = font();
    big.setPointSize(28);
    big.setBold(true);
    m_ticket->setFont(big);
    m_ticket->setWordWrap(true); // "No ticket at the window" is wider than the dock at this size
    m_state->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_message->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    m_note->setStyleSheet(QStringLiteral("background: #fff4c2; padding: 4px;"));
    m_waiting->setModel(m_waitingModel);
    m_waiting->setRootIsDecorated(false);
    m_waiting->setUniformRowHeights(true);
    m_waiting->setAllColumnsShowFocus(true);
    m_waiting->setSelectionMode(QAbstractItemView::SingleSelection);
    m_waiting->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_waiting->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_waiting->header()->setStretchLastSection(true);
    m_waiting->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_title->setText(tr("Window %1").arg(m_windowId));

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_callNext, 0, 0);
    buttons->addWidget(m_recall, 0, 1);
    buttons->addWidget(m_noShow, 1, 0);
    buttons->addWidget(m_complete, 1, 1);
    buttons->addWidget(m_transfer, 2, 0);
    buttons->addWidget(m_pause, 2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_ticket);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_note);
    layout->addWidget(m_outcome);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    auto *waitingRow = new QHBoxLayout;
    waitingRow->addWidget(new QLabel(tr("Waiting, in calling order:"), this), 1);
    waitingRow->addWidget(m_callSelected);
    layout->addLayout(waitingRow);
    layout->addWidget(m_waiting, 1);

    connect(m_callNext, &QPushButton::clicked, this, &CallingPanel::callNext);
    connect(m_recall, &QPushButton::clicked, this, &CallingPanel::recall);
    connect(m_noShow, &QPushButton::clicked, this, &CallingPanel::noShow);
    connect(m_complete, &QPushButton::clicked, this, &CallingPanel::complete);
    connect(m_pause, &QPushButton::clicked, this, &CallingPanel::togglePause);
    connect(m_transfer, &QPushButton::clicked, this, &CallingPanel::transfer);
    connect(m_callSelected, &QPushButton::clicked, this, &CallingPanel::callSelected);
    // Return and a double click call; not `activated`, which some styles emit on a single click.
    for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(key), m_waiting);
        shortcut->setContext(Qt::WidgetShortcut); // only while the list has the focus
        connect(shortcut, &QShortcut::activated, this, &CallingPanel::callSelected);
    }
    connect(m_waiting, &QTreeView::doubleClicked, this, &CallingPanel::callSelected);
    connect(m_waiting->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CallingPanel::updateButtons);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &CallingPanel::updateElapsed);
    m_clock->start();
    m_minute->setInterval(60 * 1000);
    connect(m_minute, &QTimer::timeout, this, [this] {
        m_waitingModel->setNow(QDateTime::currentDateTimeUtc());
        requestQueue();
    });
    m_minute->start();

    if (m_client) {
        // Every event may change this window or its waiting list; the snapshot is already updated.
        connect(m_client, &HallClient::eventReceived, this, &CallingPanel::refresh);
        connect(m_client, &HallClient::snapshotReset, this, &CallingPanel::refresh);
        connect(m_client, &HallClient::stateChanged, this, &CallingPanel::showState);
        showState(m_client->state());
    } else {
        showState(HallClient::State::Offline);
    }
    refresh();
}

void CallingPanel::refresh()
{
    const HallSnapshot *snapshot = m_client ? &m_client->snapshot() : nullptr;
    const HallWindow *window = snapshot ? snapshot->window(m_windowId) : nullptr;
    if (window) {
        if (!window->name.isEmpty())
            m_title->setText(window->name);
        setCurrent(window->current);
        m_paused = window->paused;
        m_waitingModel->setHall(snapshot->priorities, HallTime(snapshot->timeZone));
        requestQueue();
    }
    showCurrent();
    applyKeys();
    updateButtons();
}

void CallingPanel::requestQueue()
{
    if (!m_client || !m_client->isOnline())
        return;
    if (m_queueLoading) {
        m_queueStale = true; // one request at a time; the latest state is asked for when it answers
        return;
    }
    m_queueLoading = true;
    m_queueStale = false;
    connect(m_client->fetchWindowQueue(m_windowId), &HallReply::finished, this, &CallingPanel::showQueue);
}

void CallingPanel::showQueue(const HallResult &result)
{
    m_queueLoading = false;
    if (result.ok()) {
        // The clerk's selection follows its ticket, wherever the new order puts it.
        const QString selected = m_waiting->currentIndex().data(WaitingTicketModel::TicketIdRole).toString();
        m_waitingModel->setNow(QDateTime::currentDateTimeUtc());
        m_waitingModel->setTickets(result.tickets());
        const int row = m_waitingModel->rowOf(selected);
        if (row >= 0)
            m_waiting->setCurrentIndex(m_waitingModel->index(row, 0));
    } // else: the list stays as it was; the next event or the next minute asks again
    if (m_queueStale)
        requestQueue();
    updateButtons();
}

void CallingPanel::setKeys(const Keys &keys)
{
    m_keys = keys;
    applyKeys();
}

void CallingPanel::applyKeys()
{
    // Labels are set first: setText() would drop a shortcut only for '&' mnemonics, but be explicit.
    auto set = [](QPushButton *button, const QString &label, const QKeySequence &key) {
        button->setText(key.isEmpty() ? label : tr("%1 (%2)").arg(label, key.toString(QKeySequence::NativeText)));
        button->setShortcut(key);
    };
    set(m_callNext, tr("Call next"), m_keys.callNext);
    set(m_recall, tr("Recall"), m_keys.recall);
    set(m_noShow, tr("No-show"), m_keys.noShow);
    set(m_complete, tr("Complete"), m_keys.complete);
    set(m_pause, m_paused ? tr("Resume") : tr("Pause"), m_keys.pause);
    set(m_transfer, tr("Transfer…"), m_keys.transfer);
}

void CallingPanel::showCurrent()
{
    m_ticket->setText(m_current.isValid() ? m_current.code : tr("No ticket at the window"));
    const QString note = m_current.isValid() ? m_current.transferNote : QString();
    m_note->setText(note.isEmpty() ? QString() : tr("Note from the transfer: %1").arg(note));
    m_note->setVisible(!note.isEmpty());
    updateElapsed();
}

void CallingPanel::updateElapsed()
{
    if (!m_current.isValid() || !m_current.calledAt.isValid()) {
        m_elapsed->clear();
        return;
    }
    const qint64 s = qMax<qint64>(0, m_current.calledAt.secsTo(QDateTime::currentDateTimeUtc()));
    m_elapsed->setText(tr("Serving for %1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0')));
}

void CallingPanel::updateButtons()
{
    const bool online = m_client && m_client->isOnline() && !m_busy;
    const bool has = m_current.isValid();
    m_callNext->setEnabled(online && !m_paused);
    m_callSelected->setEnabled(online && !m_paused && m_waiting->currentIndex().isValid());
    m_recall->setEnabled(online && has);
    m_noShow->setEnabled(online && has);
    m_complete->setEnabled(online && has);
    m_transfer->setEnabled(online && has);
    m_pause->setEnabled(online);
}

void CallingPanel::showState(HallClient::State state)
{
    switch (state) {
    case HallClient::State::Online:
        m_state->setVisible(false);
        m_state->clear();
        break;
    case HallClient::State::Connecting: // a retry is not a connection: until online, say offline
    case HallClient::State::Offline:
        m_state->setVisible(true);
        m_state->setText(tr("offline: intake still works; call people in by hand"));
        break;
    }
    if (state == HallClient::State::Online)
        refresh();
    else
        updateButtons();
}

void CallingPanel::setOutcome(const QString &outcome)
{
    const int at = m_outcome->findData(outcome);
    if (at >= 0)
        m_outcome->setCurrentIndex(at);
}

QString CallingPanel::outcome() const
{
    return m_outcome->currentData().toString();
}

void CallingPanel::follow(TicketCaseLinker *linker)
{
    connect(this, &CallingPanel::currentTicketChanged, linker, &TicketCaseLinker::setCurrentTicket);
    connect(linker, &TicketCaseLinker::outcomeChanged, this, &CallingPanel::setOutcome);
    connect(linker, &TicketCaseLinker::message, this, &CallingPanel::showMessage);
    linker->setCurrentTicket(m_current);
}

void CallingPanel::setCurrent(const HallTicket &ticket)
{
    const bool changed = ticket.id != m_current.id;
    m_current = ticket;
    if (changed)
        Q_EMIT currentTicketChanged(m_current);
}

void CallingPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace ow
