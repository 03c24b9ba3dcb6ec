// CallingPanel's operations at the window: each sends one request to the hall service and shows its
// answer through run(); the transfer asks where to first. The panel itself (layout, keys, the list of
// the waiting) is in callingpanel.cpp.
#include "ui/queue/callingpanel.h"
#include "ui/queue/pausedialog.h"

#include <QComboBox>
#include <QPushButton>

namespace ow {

void CallingPanel::run(HallReply *reply, const QString &done, bool transferring, const Then &then)
{
    m_busy = true;
    updateButtons();
    const HallTicket before = m_current;
    connect(reply, &HallReply::finished, this, [this, done, before, transferring, then](const HallResult &r) {
        m_busy = false;
        if (!r.ok()) {
            if (transferring)
                showMessage(TransferDialog::refusalText(r.errorCode, r.errorMessage), true);
            else
                showMessage(r.errorMessage.isEmpty() ? tr("The queue service did not answer.") : r.errorMessage, true);
            updateButtons();
            return;
        }
        // The reply may arrive before the stream event: show what it says at once.
        const HallWindow window = r.window();
        if (window.isValid() && window.id == m_windowId) {
            setCurrent(window.current);
            m_paused = window.paused;
        }
        if (before.isValid() && (!m_current.isValid() || m_current.id != before.id))
            Q_EMIT ticketFinished(before);
        const HallTicket ticket = r.ticket();
        QString text = done;
        if (text.isEmpty())
            text = ticket.isValid() ? tr("Called %1").arg(ticket.code) : tr("Nobody is waiting.");
        showMessage(text, false);
        if (m_current.isValid() && (!before.isValid() || before.id != m_current.id))
            Q_EMIT ticketCalled(m_current);
        showCurrent();
        applyKeys();
        updateButtons();
        if (then)
            then();
    });
}

void CallingPanel::callNext()
{
    if (!m_client || m_busy || m_paused)
        return;
    run(m_client->callNext(m_windowId, m_current.isValid() ? m_outcome->currentData().toString() : QString()), {});
}

void CallingPanel::callSelected()
{
    const QString ticketId = m_waiting->currentIndex().data(WaitingTicketModel::TicketIdRole).toString();
    if (!m_client || m_busy || m_paused || ticketId.isEmpty())
        return;
    // As F1: a ticket still at the window is completed first, with the chosen outcome.
    run(m_client->callTicket(m_windowId, ticketId, m_current.isValid() ? m_outcome->currentData().toString() : QString()), {});
}

void CallingPanel::recall()
{
    if (m_client && !m_busy && m_current.isValid())
        run(m_client->recall(m_windowId), tr("Called %1 again").arg(m_current.code));
}

void CallingPanel::noShow()
{
    if (m_client && !m_busy && m_current.isValid())
        run(m_client->noShow(m_windowId), tr("%1 did not come").arg(m_current.code));
}

void CallingPanel::complete()
{
    if (m_client && !m_busy && m_current.isValid())
        run(m_client->complete(m_windowId, m_outcome->currentData().toString()), tr("%1 done").arg(m_current.code));
}

void CallingPanel::togglePause()
{
    if (!m_client || m_busy)
        return;
    if (m_paused) {
        run(m_client->resume(m_windowId), tr("Window open again"));
        return;
    }
    if (!m_current.isValid()) {
        pauseNow();
        return;
    }
    PauseDialog dialog(m_current, m_outcome->currentData().toString(), this);
    if (dialog.exec() != QDialog::Accepted || !m_client || m_busy || !m_current.isValid())
        return; // kept serving (or the ticket left the window meanwhile: nothing to decide)
    const auto pauseAfter = [this] { pauseNow(); };
    switch (dialog.choice()) {
    case PauseDialog::Choice::Complete:
        setOutcome(dialog.outcome());
        run(m_client->complete(m_windowId, dialog.outcome()), tr("%1 done").arg(m_current.code), false, pauseAfter);
        break;
    case PauseDialog::Choice::Transfer: askTransfer(pauseAfter); break;
    case PauseDialog::Choice::KeepServing: break;
    }
}

void CallingPanel::pauseNow()
{
    if (m_client && !m_busy && !m_paused)
        run(m_client->pause(m_windowId), tr("Window paused"));
}

void CallingPanel::transfer()
{
    askTransfer({});
}

void CallingPanel::askTransfer(const Then &then)
{
    if (!m_client || m_busy || !m_current.isValid())
        return;
    TransferDialog dialog(m_client->snapshot(), m_current, m_windowId, this);
    if (dialog.exec() == QDialog::Accepted)
        sendTransfer(dialog.choice(), then);
}

void CallingPanel::transferTo(const TransferChoice &choice)
{
    sendTransfer(choice, {});
}

void CallingPanel::sendTransfer(const TransferChoice &choice, const Then &then)
{
    if (!m_client || m_busy || !m_current.isValid() || !choice.isValid())
        return;
    const HallSnapshot &snapshot = m_client->snapshot();
    QString where = choice.toService.isEmpty() ? QString() : snapshot.serviceName(choice.toService);
    if (!choice.toWindow.isEmpty()) {
        const HallWindow *window = snapshot.window(choice.toWindow);
        const QString name = window && !window->name.isEmpty() ? window->name : choice.toWindow;
        where = where.isEmpty() ? name : tr("%1, %2").arg(where, name);
    }
    run(m_client->transfer(m_windowId, choice.toService, choice.toWindow, choice.priority, choice.note),
        tr("%1 transferred to %2").arg(m_current.code, where), true, then);
}

} // namespace ow
