#include "ui/print/documentprinter.h"

#include "core/print/documentrenderer.h"
#include "core/workflow/casedesk.h"

#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>

namespace ow {

DocumentPrinter::DocumentPrinter(QString archiveDir, PrintMode mode, QObject *parent)
    : QObject(parent),
      m_archive(std::move(archiveDir)),
      m_mode(mode)
{}

bool DocumentPrinter::toPrinter(const CaseDocument &document, QWidget *parent, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    if (m_mode == PrintMode::Printer) {
        if (QPrinterInfo::defaultPrinter().isNull()) {
            *error = tr("No printer is set up on this computer. The documents were saved as PDF files.");
            return false;
        }
        DocumentRenderer::render(document, &printer);
        if (printer.printerState() == QPrinter::Error) {
            *error = tr("The printer reported an error. The documents were saved as PDF files.");
            return false;
        }
        return true;
    }
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("printPreviewDialog"));
    preview.setWindowTitle(tr("Print %1").arg(documentTitle(document.kind)));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&document](QPrinter *p) { DocumentRenderer::render(document, p); });
    preview.exec();
    return true;
}

QStringList DocumentPrinter::print(const QList<CaseDocument> &documents, QWidget *parent, QString *error)
{
    QStringList paths;
    QStringList problems;
    for (const CaseDocument &d : documents) {
        QString path;
        QString problem;
        if (m_archive.write(d, &path, &problem))
            paths << path;
        else
            problems << problem;
        // Issued even when the archive failed: the applicant still gets the paper, and the view says no file is kept.
        if (m_desk && !m_desk->recordIssue(d, paths.contains(path) ? path : QString(), &problem))
            problems << problem;
        if (m_mode != PrintMode::ArchiveOnly && !toPrinter(d, parent, &problem))
            problems << problem;
    }
    if (error)
        *error = problems.join(u'\n');
    return paths;
}

} // namespace ow
