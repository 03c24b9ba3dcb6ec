#pragma once
// F6 while a ticket is at the window: the window does not pause silently with someone standing at the
// counter. The clerk completes the ticket (with an outcome) or transfers it, and the window pauses after
// that; or keeps serving. The dialog only asks; the calling panel sends the requests.

#include "core/hall/protocol/hallmodels.h"

#include <QDialog>

class QComboBox;

namespace ow {

class PauseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { KeepServing, Complete, Transfer };

    // outcome: preselected (the calling panel's current one).
    PauseDialog(const HallTicket &ticket, const QString &outcome, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString outcome() const;

private:
    void choose(Choice choice);

    Choice m_choice = Choice::KeepServing;
    QComboBox *m_outcome;
};

} // namespace ow
