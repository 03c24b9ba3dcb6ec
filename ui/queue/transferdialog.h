#pragma once
// The clerk's transfer of the ticket at the window (F9 in the calling panel): to another service, to a
// specific window ("come back to window 5"), or both, optionally back into the queue with priority, with a
// short note the next window sees when it calls the ticket ("bring the household register copy"). The
// choices come from the hall's snapshot; the dialog only collects them, the panel sends the request, so a
// refusal comes back to the panel (and is said there) while the dialog is gone.

#include "core/hall/protocol/hallmodels.h"

#include <QCoreApplication>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ow {

struct TransferChoice {
    QString toService; // "" = keep the ticket's service
    QString toWindow;  // "" = any window of the service
    bool priority = false;
    QString note = {}; // for the window that calls the ticket next; at most MaxTransferNote characters
    bool isValid() const { return !toService.isEmpty() || !toWindow.isEmpty(); }
};

class TransferDialog : public QDialog
{
    Q_OBJECT

public:
    // ticket: the one at the window; fromWindow: this window (offered too, for "come back to me").
    TransferDialog(const HallSnapshot &snapshot, const HallTicket &ticket, const QString &fromWindow, QWidget *parent = nullptr);

    TransferChoice choice() const;
    void setChoice(const TransferChoice &choice); // preselects (tests, a repeated transfer)

    // A sentence for a refused transfer, in the clerk's language; the server's detail when it is a code
    // the window does not know.
    static QString refusalText(const QString &code, const QString &serverDetail);

private:
    void updateState();

    QString m_ticketService;
    QComboBox *m_service;
    QComboBox *m_window;
    QCheckBox *m_priority;
    QLineEdit *m_note;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace ow
