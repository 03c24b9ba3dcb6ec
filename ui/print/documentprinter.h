#pragma once
// Puts a decision's documents on paper: every document is archived as a PDF first (the hall's copy,
// and proof of what the applicant got), then shown in print preview or sent to the system printer.

#include "core/print/casedocument.h"

#include <QObject>

class QWidget;

namespace ow {

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

    QString archivePath(const CaseDocument &document) const;
    PrintMode mode() const { return m_mode; }
    void setMode(PrintMode mode) { m_mode = mode; }

private:
    bool toPrinter(const CaseDocument &document, QWidget *parent, QString *error);

    QString m_archiveDir;
    PrintMode m_mode;
};

} // namespace ow
