#include "core/print/documentrenderer.h"

#include "core/files/privatefiles.h"
#include "core/print/documenthtml.h"
#include "core/print/pagedprinter.h"
#include "core/print/qrcode.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <memory>

namespace ow {

QTextDocument *DocumentRenderer::layout(const CaseDocument &document)
{
    QTextDocument *doc = layoutHtml(QString());
    if (document.offersProgressLookup())
        doc->addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(QrResourceName)),
                         qrImage(document.queryLink().toUtf8(), 8));
    doc->setHtml(DocumentHtml::build(document));
    return doc;
}

QTextDocument *DocumentRenderer::layoutHtml(const QString &html)
{
    auto *doc = new QTextDocument;
    // A Ming (宋体-style) face reads like an official document. AR PL UMing first: with Noto CJK, Qt's PDF
    // text layer maps shared glyphs to Kangxi radicals (示 becomes ⽰) and drops digits, so a copied or
    // searched receipt would not match its case number. Noto stays as the fallback for screens.
    QFont font;
    // Latin letters and digits come from DejaVu Serif (UMing's are typewriter-like); Chinese falls through.
    font.setFamilies({QStringLiteral("DejaVu Serif"), QStringLiteral("AR PL UMing CN"), QStringLiteral("Noto Serif CJK SC")});
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(10.5); // 五号, the body size of official documents
    doc->setDefaultFont(font);
    if (!html.isEmpty())
        doc->setHtml(html);
    return doc;
}

void DocumentRenderer::render(const CaseDocument &document, QPagedPaintDevice *device)
{
    std::unique_ptr<QTextDocument> doc(layout(document));
    // Every page says which document and which case it belongs to: a loose page 2 is still identified.
    renderDocument(doc.get(), device, false, footerOf(document));
}

QString DocumentRenderer::footerOf(const CaseDocument &document)
{
    QString footer = tr("%1, case %2").arg(documentTitle(document.kind), document.caseData.caseNumber);
    if (document.reprint > 0)
        footer += QStringLiteral(" (%1 %2)").arg(ReprintStamp).arg(document.reprint);
    return footer;
}

void DocumentRenderer::renderDocument(QTextDocument *doc, QPagedPaintDevice *device, bool landscape, const QString &footer)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                      QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
    // Laid out in the device's own units (so point sizes come out as points on paper) and paginated by
    // PagedPrinter: rows whole, headers repeated, the seal with the last rows, page x of y.
    PagedPrinter::print(doc, device, footer);
}

bool DocumentRenderer::writePdf(const CaseDocument &document, const QString &path, QString *error)
{
    QString title = documentTitle(document.kind) + QStringLiteral(" ") + document.caseData.caseNumber;
    if (document.reprint > 0)
        title += QStringLiteral(" (%1 %2)").arg(ReprintStamp).arg(document.reprint);
    return writePdfFile(path, title, error, [&](QPagedPaintDevice *device) { render(document, device); });
}

bool DocumentRenderer::writeHtmlPdf(const QString &html, const QString &title, bool landscape, const QString &path,
                                    QString *error)
{
    return writePdfFile(path, title, error, [&](QPagedPaintDevice *device) {
        std::unique_ptr<QTextDocument> doc(layoutHtml(html));
        renderDocument(doc.get(), device, landscape, title);
    });
}

bool DocumentRenderer::writePdfFile(const QString &path, const QString &title, QString *error,
                                    const std::function<void(QPagedPaintDevice *)> &paint)
{
    const QFileInfo info(path);
    // Every document names an applicant: its folders and the file are the owner's only (0700 / 0600).
    if (!PrivateFiles::makeFolder(info.absolutePath())) {
        if (error)
            *error = tr("Cannot create the folder %1 for the document.").arg(info.absolutePath());
        return false;
    }
    // Written to a temporary file and renamed at the end, so a full disk never leaves half a PDF behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrict(file)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("OneWindow"));
        paint(&writer);
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ow
