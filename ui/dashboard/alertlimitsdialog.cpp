#include "ui/dashboard/alertlimitsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
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
      m_wait(spin(this, QStringLiteral("alertWaitMinutes"), 24 * 60, tr(" min"), limits.waitSeconds / 60)),
      m_service(spin(this, QStringLiteral("alertServiceMinutes"), 24 * 60, tr(" min"), limits.serviceSeconds / 60)),
      m_queue(spin(this, QStringLiteral("alertQueueLength"), 9999, tr(" tickets"), limits.queueLength)),
      m_backlog(spin(this, QStringLiteral("alertSyncBacklog"), 99999, tr(" cases"), limits.syncBacklog))
{
    setObjectName(QStringLiteral("alertLimitsDialog"));
    setWindowTitle(tr("Alert limits"));
    auto *form = new QFormLayout;
    form->addRow(tr("A ticket has waited"), m_wait);
    form->addRow(tr("A ticket has been at a window"), m_service);
    form->addRow(tr("Tickets waiting for one service"), m_queue);
    form->addRow(tr("Cases of a window not yet synced"), m_backlog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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

AlertLimits AlertLimitsDialog::load(const QSettings &settings)
{
    const AlertLimits defaults;
    AlertLimits l;
    l.waitSeconds = settings.value(QStringLiteral("dashboard/alertWaitSeconds"), defaults.waitSeconds).toLongLong();
    l.serviceSeconds = settings.value(QStringLiteral("dashboard/alertServiceSeconds"), defaults.serviceSeconds).toLongLong();
    l.queueLength = settings.value(QStringLiteral("dashboard/alertQueueLength"), defaults.queueLength).toInt();
    l.syncBacklog = settings.value(QStringLiteral("dashboard/alertSyncBacklog"), defaults.syncBacklog).toInt();
    return l;
}

void AlertLimitsDialog::save(QSettings &settings, const AlertLimits &limits)
{
    settings.setValue(QStringLiteral("dashboard/alertWaitSeconds"), limits.waitSeconds);
    settings.setValue(QStringLiteral("dashboard/alertServiceSeconds"), limits.serviceSeconds);
    settings.setValue(QStringLiteral("dashboard/alertQueueLength"), limits.queueLength);
    settings.setValue(QStringLiteral("dashboard/alertSyncBacklog"), limits.syncBacklog);
}

} // namespace ow
