#include "ui/print/documentprinter.h"

#include "core/print/documentrenderer.h"

#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>

namespace ow {

DocumentPrinter::DocumentPrinter(QString archiveDir, PrintMode mode, QObject *parent)
    : QObject(parent),
      m_archiveDir(std::move(archiveDir)),
      m_mode(mode)
{}

QString DocumentPrinter::archivePath(const CaseDocument &document) const
{
    // One folder a day; a reprint replaces the file of the same document.
    const QString day = document.caseData.createdAt.toLocalTime().date().toString(Qt::ISODate);
    return QDir(m_archiveDir)
        .filePath(day + u'/' + document.caseData.caseNumber + u'-' + documentKey(document.kind) + QStringLiteral(".pdf"));
}

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
        const QString path = archivePath(d);
        QString problem;
        if (DocumentRenderer::writePdf(d, path, &problem))
            paths << path;
        else
            problems << problem;
        if (m_mode != PrintMode::ArchiveOnly && !toPrinter(d, parent, &problem))
            problems << problem;
    }
    if (error)
        *error = problems.join(u'\n');
    return paths;
}

} // namespace ow
