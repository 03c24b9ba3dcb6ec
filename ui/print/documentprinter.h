#pragma once
// Puts a decision's documents on paper: every document is archived as a PDF first (the hall's copy,
// and proof of what the applicant got; core/print/documentarchive.h, never written over), its issue
// recorded for the case view, then shown in print preview or sent to the system printer.

#include "core/print/documentarchive.h"

#include <QObject>

class QWidget;

namespace ow {

class CaseDesk;

enum class PrintMode {
    ArchiveOnly, // PDF files only (training, tests, a window without a printer)
    Preview,     // print preview with the system's printers (CUPS)
    Printer,     // straight to the default printer
};

class DocumentPrinter : public QObject
{
    Q_OBJECT

public:
    DocumentPrinter(QString archiveDir, PrintMode mode, QObject *parent = nullptr);

    // Archives and prints; returns the PDF paths. *error names what failed (a full disk, a closed
    // printer); the decision itself is saved already and stays saved whatever happens here.
    QStringList print(const QList<CaseDocument> &documents, QWidget *parent, QString *error);

    QString archivePath(const CaseDocument &document) const { return m_archive.pathFor(document); }
    PrintMode mode() const { return m_mode; }
    // Every document printed from now on is recorded as issued (original or reprint) through desk.
    void recordIssuesWith(CaseDesk *desk) { m_desk = desk; }
    void setMode(PrintMode mode) { m_mode = mode; }

private:
    bool toPrinter(const CaseDocument &document, QWidget *parent, QString *error);

    DocumentArchive m_archive;
    PrintMode m_mode;
    CaseDesk *m_desk = nullptr;
};

} // namespace ow
