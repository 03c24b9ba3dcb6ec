#pragma once
// The supervisor sets when the dashboard raises an alert: a wait, a service, a queue or a window's sync
// backlog at or past its limit (0 = no alert). The supervisor role keeps them between runs
// (core/dashboard/alertlimitsettings.h).

#include "core/dashboard/dashboardfigures.h"

#include <QDialog>

class QSpinBox;

namespace ow {

class AlertLimitsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AlertLimitsDialog(const AlertLimits &limits, QWidget *parent = nullptr);
    AlertLimits limits() const;

private:
    QSpinBox *m_wait;    // minutes, "alertWaitMinutes"
    QSpinBox *m_service; // minutes, "alertServiceMinutes"
    QSpinBox *m_queue;   // tickets, "alertQueueLength"
    QSpinBox *m_backlog; // cases, "alertSyncBacklog"
};

} // namespace ow
