#pragma once
// One case's whole life at the window, read-only (core/workflow/casedetails.h): opened with Enter on a
// case in the case list, closed with Esc. The applicant's ID number is masked until Reveal (Ctrl+I), which
// writes an audit row id_revealed; Reprint (Ctrl+P) prints a document of the case again.

#include <QDialog>

class QPushButton;
class QTextBrowser;

namespace ow {

class CaseDesk;
class DocumentPrinter;

class CaseView : public QDialog
{
    Q_OBJECT

public:
    CaseView(CaseDesk &desk, DocumentPrinter &printer, QString clerk, QString caseId, QWidget *parent = nullptr);

    QString caseId() const { return m_caseId; }

public slots:
    void reload();
    void revealIdNumber();
    void reprint();

signals:
    void caseChanged(); // a reprint was recorded: the list may refresh

private:
    CaseDesk &m_desk;
    DocumentPrinter &m_printer;
    QString m_clerk;
    QString m_caseId;
    QString m_fullIdNumber; // empty until revealed, forgotten when the view closes
    QTextBrowser *m_text;
    QPushButton *m_reveal;
    QPushButton *m_reprint;
};

} // namespace ow
