#pragma once
// The calling panel of a clerk's window: the ticket at the window with how long it has been served (and
// the note of the window that transferred it), the queue operations with function keys, and the tickets
// this window may call, in the order the hall's policy will call them, with their wait and their 绿色通道 /
// 预约 markers (numbers only: the hall queue holds no names). When the hall service is unreachable it says
// so plainly; the rest of the clerk's window (intake, cases) does not depend on it.
//
// Keys (window-wide shortcuts): F1 call next, F2 recall, F3 no-show, F4 complete, F6 pause / resume,
// F9 transfer. F5 is left alone (it refreshes elsewhere in the clerk's window), F7 and F8 are the Go
// menu's Intake and Cases. Two window-wide shortcuts on one key fire neither, so a program that embeds
// the panel beside other keys moves them with setKeys().
// Return on the waiting list (or the Call selected button) calls the selected ticket; the list takes the
// focus with Tab like any other field, so no function key is spent on it.
// F1 on a window that still has a ticket completes that ticket first with the chosen outcome (one
// request, one transaction on the server), since that is what "next, please" means at the counter; so
// does calling a selected ticket. F6 with a ticket at the window asks first (PauseDialog): complete it,
// transfer it, or keep serving; a window never pauses silently with someone at the counter.

#include "core/hall/client/hallclient.h"
#include "ui/queue/transferdialog.h"

#include <QKeySequence>
#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeView;

namespace ow {

class TicketCaseLinker;
class WaitingTicketModel;

class CallingPanel : public QWidget
{
    Q_OBJECT

public:
    // The client is not owned and needs this window's token (or a supervisor's); windowId as "W03".
    CallingPanel(HallClient *client, const QString &windowId, QWidget *parent = nullptr);

    // The function keys; defaults as above. Button labels show the keys in use.
    struct Keys {
        QKeySequence callNext{Qt::Key_F1};
        QKeySequence recall{Qt::Key_F2};
        QKeySequence noShow{Qt::Key_F3};
        QKeySequence complete{Qt::Key_F4};
        QKeySequence pause{Qt::Key_F6};
        QKeySequence transfer{Qt::Key_F9};
    };
    void setKeys(const Keys &keys);
    Keys keys() const { return m_keys; }

    QString windowId() const { return m_windowId; }
    HallTicket currentTicket() const { return m_current; }
    WaitingTicketModel *waitingModel() const { return m_waitingModel; } // the waiting list, in calling order

    void callNext();
    void callSelected(); // the ticket selected in the waiting list
    void recall();
    void noShow();
    void complete();
    void togglePause(); // with a ticket at the window, asks first (PauseDialog)
    void transfer();    // asks with a TransferDialog, then transferTo()
    void transferTo(const ow::TransferChoice &choice);

    // The completion outcome F4 / F1 will send (docs/hall-api.md's keys); others (the case linker) set
    // the default, the clerk may still change it.
    void setOutcome(const QString &outcome);
    QString outcome() const;
    // A line under the buttons: what just happened, or what went wrong (error: in red).
    void showMessage(const QString &text, bool error);

    // Tells the linker (not owned) which ticket is at the window, now and whenever that changes, and
    // shows its default outcome and its messages.
    void follow(TicketCaseLinker *linker);

Q_SIGNALS:
    // The clerk has a new person at the counter (link the case being opened to ticket.id).
    void ticketCalled(const ow::HallTicket &ticket);
    void ticketFinished(const ow::HallTicket &ticket);
    // The ticket at the window is another one (or none), whoever called it (F1, a supervisor, a reconnect).
    void currentTicketChanged(const ow::HallTicket &ticket);

private:
    using Then = std::function<void()>; // what follows a request that succeeded (the pause after F6's answer)

    void refresh();      // from the client's snapshot
    void requestQueue(); // the waiting list in call order, from the hall
    void showQueue(const HallResult &result);
    void showState(HallClient::State state);
    void showCurrent(); // the ticket at the window, its note, the time it has been served
    void updateElapsed();
    void updateButtons();
    void run(HallReply *reply, const QString &done, bool transferring = false, const Then &then = {});
    void askTransfer(const Then &then);
    void sendTransfer(const TransferChoice &choice, const Then &then);
    void pauseNow();
    void setCurrent(const HallTicket &ticket);
    void applyKeys(); // shortcuts and the labels that name them

    QPointer<HallClient> m_client;
    QString m_windowId;
    Keys m_keys;
    HallTicket m_current;
    bool m_paused = false;
    bool m_busy = false;
    bool m_queueLoading = false; // a queue request is on its way
    bool m_queueStale = false;   // something changed meanwhile: ask again when it answers
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_ticket;
    QLabel *m_elapsed;
    QLabel *m_note;
    QLabel *m_message;
    QComboBox *m_outcome;
    QPushButton *m_callNext;
    QPushButton *m_recall;
    QPushButton *m_noShow;
    QPushButton *m_complete;
    QPushButton *m_pause;
    QPushButton *m_transfer;
    QPushButton *m_callSelected;
    WaitingTicketModel *m_waitingModel;
    QTreeView *m_waiting;
    QTimer *m_clock;
    QTimer *m_minute; // the waits move on, and the policy's order with them
};

} // namespace ow
