#pragma once
// The supervisor calls a specific waiting ticket to a window (an elderly applicant who must not wait
// again, a ticket of a service the window does not serve): pick it from the waiting list, or type its code.

#include "core/hall/protocol/hallmodels.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace ow {

class CallTicketDialog : public QDialog
{
    Q_OBJECT

public:
    CallTicketDialog(const HallWindow &window, const HallSnapshot &snapshot, QWidget *parent = nullptr);

    QString ticketCode() const; // the chosen code ("A017")
    void setTicketCode(const QString &code);

private:
    QListWidget *m_list; // "callTicketList"
    QLineEdit *m_code;   // "callTicketEdit"
    QPushButton *m_ok;   // "callTicketOkButton"
};

} // namespace ow
