#pragma once
// The pick-up desk (出件): the results the platform delivered to the hall, the longest waiting first;
// Enter (or Ctrl+H) hands the selected one over and prints its 领取回执 or 送达回证.

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ow {

class DocumentPrinter;
class HandoverDesk;
class PickupListModel;

class PickupPage : public QWidget
{
    Q_OBJECT

public:
    // longWaitDays: results waiting more working days than this are marked (settings, 0: none).
    PickupPage(HandoverDesk &desk, DocumentPrinter &printer, QString clerk, int longWaitDays, QWidget *parent = nullptr);

    PickupListModel *model() const { return m_model; }

public slots:
    void refresh();
    void handOverSelected();

signals:
    // A hand-over was recorded (its outbox row is waiting for the sync).
    void handedOver(const QString &caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    HandoverDesk &m_desk;
    DocumentPrinter &m_printer;
    QString m_clerk;
    int m_longWaitDays;
    QTableView *m_view;
    PickupListModel *m_model;
    QLabel *m_count;
    QPushButton *m_handOver;
};

} // namespace ow
