#pragma once
// Today's cases and the history: find by case number, name or ID number; open a case's whole view
// (Enter); reprint a document; record the return trip that brings a 容缺 case's missing materials.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ow {

class CaseDesk;
class CaseListModel;
class CaseView;
class DocumentPrinter;
struct CaseDeskEntry;

class CasesPage : public QWidget
{
    Q_OBJECT

public:
    CasesPage(CaseDesk &desk, DocumentPrinter &printer, QString clerk, QWidget *parent = nullptr);

    CaseListModel *model() const { return m_model; }

public slots:
    void refresh();
    void reprintSelected();
    void recordReturnTrip();
    // The case view of the selected case (Enter on the list; Enter in the search when it found one case).
    CaseView *openSelected();

private:
    const CaseDeskEntry *selected() const;
    void updateButtons();

    CaseDesk &m_desk;
    DocumentPrinter &m_printer;
    QString m_clerk;
    QLineEdit *m_search;
    QTableView *m_view;
    CaseListModel *m_model;
    QLabel *m_count;
    QPushButton *m_reprint;
    QPushButton *m_returnTrip;
    QPushButton *m_open;
};

} // namespace ow
