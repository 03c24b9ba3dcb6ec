#pragma once
// The window's view of the platform sync, for the status bar: online or offline, how many cases wait to
// be sent, how many the platform refused (a click lists them), results ready for pick-up, the last
// success, and a "Sync now" button. Reads nothing itself: SyncClient tells it (ui runs no SQL).

#include "core/sync/syncclient.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ow {

class ParkedItemsDialog;

class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(SyncClient *client, QWidget *parent = nullptr);

    // Opens (or raises) the list of refused items.
    ParkedItemsDialog *showParkedItems();

private:
    void showSnapshot(const SyncSnapshot &snapshot);

    SyncClient *m_client;
    QLabel *m_state;
    QLabel *m_backlog;
    QLabel *m_ready;
    QLabel *m_lastSuccess;
    QPushButton *m_parked;
    QPushButton *m_syncNow;
    QPointer<ParkedItemsDialog> m_dialog;
};

} // namespace ow
