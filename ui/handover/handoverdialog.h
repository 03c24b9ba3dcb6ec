#pragma once
// Hands one result over: in person (the applicant, or an agent whose resident ID number is checked as it
// is typed) or by post (carrier, tracking number, the address taken from the case, editable). The rules
// are the domain's (handoverProblem); `record` stores it, and the dialog stays open with its answer when
// that fails.

#include "core/domain/handover.h"
#include "core/workflow/handoverdesk.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace ow {

class HandoverDialog : public QDialog
{
    Q_OBJECT

public:
    using Record = std::function<bool(Handover &handover, QString *error)>;

    HandoverDialog(const PickupItem &item, Record record, QWidget *parent = nullptr);

    // After accept(): what was recorded.
    const Handover &handover() const { return m_handover; }

    void accept() override;

private:
    Handover typed() const;
    void update();

    Record m_record;
    Handover m_handover;
    QComboBox *m_method;
    QStackedWidget *m_pages;
    QComboBox *m_collector;
    QLineEdit *m_agentName;
    QLineEdit *m_agentId;
    QLabel *m_agentIdStatus;
    QLineEdit *m_carrier;
    QLineEdit *m_tracking;
    QLineEdit *m_address;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace ow
