#include "ui/sync/syncstatuswidget.h"

#include "core/queue/halltime.h"
#include "ui/sync/parkeditemsdialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace ow {

SyncStatusWidget::SyncStatusWidget(SyncClient *client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_state(new QLabel(this)),
      m_backlog(new QLabel(this)),
      m_ready(new QLabel(this)),
      m_lastSuccess(new QLabel(this)),
      m_parked(new QPushButton(this)),
      m_syncNow(new QPushButton(tr("Sync now"), this))
{
    setObjectName(QStringLiteral("syncStatusWidget"));
    m_state->setObjectName(QStringLiteral("syncStateLabel"));
    m_backlog->setObjectName(QStringLiteral("syncBacklogLabel"));
    m_ready->setObjectName(QStringLiteral("readyForPickupLabel"));
    m_lastSuccess->setObjectName(QStringLiteral("syncLastSuccessLabel"));
    m_parked->setObjectName(QStringLiteral("parkedItemsButton"));
    m_parked->setFlat(true);
    m_parked->setToolTip(tr("The platform refused these items: see why and send them again"));
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setToolTip(tr("Send waiting cases and fetch news from the platform now"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : {static_cast<QWidget *>(m_state), static_cast<QWidget *>(m_backlog), static_cast<QWidget *>(m_parked),
                       static_cast<QWidget *>(m_ready), static_cast<QWidget *>(m_lastSuccess), static_cast<QWidget *>(m_syncNow)})
        layout->addWidget(w);

    connect(m_syncNow, &QPushButton::clicked, m_client, &SyncClient::syncNow);
    connect(m_parked, &QPushButton::clicked, this, &SyncStatusWidget::showParkedItems);
    connect(m_client, &SyncClient::snapshotChanged, this, &SyncStatusWidget::showSnapshot);
    showSnapshot(m_client->snapshot());
}

ParkedItemsDialog *SyncStatusWidget::showParkedItems()
{
    if (!m_dialog) {
        m_dialog = new ParkedItemsDialog(m_client, this);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->refresh();
    m_dialog->open();
    m_dialog->raise();
    return m_dialog;
}

void SyncStatusWidget::showSnapshot(const SyncSnapshot &s)
{
    m_state->setText(s.syncing ? tr("Syncing…") : connectivityName(s.connectivity));
    m_state->setToolTip(s.lastError);
    m_backlog->setText(tr("To send: %n", nullptr, s.backlog));
    m_backlog->setToolTip(
        s.oldestUnsentAt.isValid() ? tr("Oldest waiting since %1").arg(HallTime().shortDateTime(s.oldestUnsentAt)) : QString());
    m_parked->setText(tr("Refused: %n", nullptr, s.parked));
    m_parked->setVisible(s.parked > 0);
    m_ready->setText(tr("Ready for pick-up: %n", nullptr, s.readyForPickup));
    m_ready->setVisible(s.readyForPickup > 0);
    m_lastSuccess->setText(s.lastSuccessAt.isValid() ? tr("Last sync %1").arg(HallTime().shortDateTime(s.lastSuccessAt))
                                                     : tr("Never synced"));
    m_syncNow->setEnabled(!s.syncing);
}

} // namespace ow
