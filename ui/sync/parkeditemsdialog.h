#pragma once
// The items the platform refused, with its reasons, for a person to read, fix the cause of (an out-of-date
// catalog, a wrong entry) and send again. Everything else keeps syncing meanwhile.

#include <QDialog>

class QPushButton;
class QTableView;

namespace ow {

class ParkedItemsModel;
class SyncClient;

class ParkedItemsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ParkedItemsDialog(SyncClient *client, QWidget *parent = nullptr);

    ParkedItemsModel *model() const { return m_model; }
    void refresh();

private:
    void retrySelected();

    SyncClient *m_client;
    ParkedItemsModel *m_model;
    QTableView *m_view;
    QPushButton *m_retryButton;
};

} // namespace ow
