#pragma once
// The supervisor reassigns a window's services: one check box per service of the hall and its weight
// (1-10: how much a waiting ticket of that service counts at this window, docs/hall-api.md "Queue rules").
// At least one service must stay checked: the hall refuses a window that serves nothing.

#include "core/hall/protocol/hallmodels.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDialogButtonBox;
class QSpinBox;

namespace ow {

class ReassignDialog : public QDialog
{
    Q_OBJECT

public:
    ReassignDialog(const HallWindow &window, const QList<HallServiceInfo> &services, QWidget *parent = nullptr);

    QList<WindowService> services() const; // in the hall's service order
    // For tests and keyboard users alike: checks or unchecks a service and sets its weight.
    void setService(const QString &code, bool served, int weight = 1);

private:
    void updateOk();

    QList<QString> m_codes;
    QHash<QString, QCheckBox *> m_checks; // objectName "serviceCheck_<code>"
    QHash<QString, QSpinBox *> m_weights; // objectName "serviceWeight_<code>"
    QDialogButtonBox *m_buttons;
};

} // namespace ow
