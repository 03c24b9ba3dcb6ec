#pragma once
// The supervisor sets when the dashboard raises an alert: a wait, a service, a queue or a window's sync
// backlog at or past its limit (0 = no alert). The limits live in QSettings (group "dashboard"), so they
// survive a restart of the supervisor's PC.

#include "core/dashboard/dashboardfigures.h"

#include <QDialog>

class QSettings;
class QSpinBox;

namespace ow {

class AlertLimitsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AlertLimitsDialog(const AlertLimits &limits, QWidget *parent = nullptr);
    AlertLimits limits() const;

    // The stored limits (the defaults of AlertLimits where none are stored) and storing them.
    static AlertLimits load(const QSettings &settings);
    static void save(QSettings &settings, const AlertLimits &limits);

private:
    QSpinBox *m_wait;    // minutes, "alertWaitMinutes"
    QSpinBox *m_service; // minutes, "alertServiceMinutes"
    QSpinBox *m_queue;   // tickets, "alertQueueLength"
    QSpinBox *m_backlog; // cases, "alertSyncBacklog"
};

} // namespace ow
