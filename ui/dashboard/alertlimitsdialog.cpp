#include "ui/dashboard/alertlimitsdialog.h"

#include "core/dashboard/alertlimitsettings.h"
#include "ui/common/dialogbuttons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ow {

namespace {

QSpinBox *spin(QWidget *parent, const QString &name, int max, const QString &suffix, qint64 value)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, max);
    box->setSuffix(suffix);
    box->setSpecialValueText(AlertLimitsDialog::tr("off"));
    box->setValue(int(value));
    return box;
}

} // namespace

AlertLimitsDialog::AlertLimitsDialog(const AlertLimits &limits, QWidget *parent)
    : QDialog(parent),
      m_wait(spin(this, QStringLiteral("alertWaitMinutes"), int(AlertLimitBounds::MaxSeconds / 60), tr(" min"),
                  limits.waitSeconds / 60)),
      m_service(spin(this, QStringLiteral("alertServiceMinutes"), int(AlertLimitBounds::MaxSeconds / 60), tr(" min"),
                     limits.serviceSeconds / 60)),
      m_queue(
          spin(this, QStringLiteral("alertQueueLength"), AlertLimitBounds::MaxQueueLength, tr(" tickets"), limits.queueLength)),
      m_backlog(
          spin(this, QStringLiteral("alertSyncBacklog"), AlertLimitBounds::MaxSyncBacklog, tr(" cases"), limits.syncBacklog))
{
    setObjectName(QStringLiteral("alertLimitsDialog"));
    setWindowTitle(tr("Alert limits"));
    auto *form = new QFormLayout;
    form->addRow(tr("A ticket has waited"), m_wait);
    form->addRow(tr("A ticket has been at a window"), m_service);
    form->addRow(tr("Tickets waiting for one service"), m_queue);
    form->addRow(tr("Cases of a window not yet synced"), m_backlog);
    QDialogButtonBox *buttons = okCancelButtons(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("An alert is raised when a value reaches its limit; 0 turns it off."), this));
    layout->addLayout(form);
    layout->addWidget(buttons);
}

AlertLimits AlertLimitsDialog::limits() const
{
    AlertLimits l;
    l.waitSeconds = qint64(m_wait->value()) * 60;
    l.serviceSeconds = qint64(m_service->value()) * 60;
    l.queueLength = m_queue->value();
    l.syncBacklog = m_backlog->value();
    return l;
}

} // namespace ow
