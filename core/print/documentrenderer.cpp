#include "documentrenderer.h"

#include "documenthtml.h"
#include "qrcode.h"

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
    doc->addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(QrResourceName)),
                     qrImage(document.queryLink().toUtf8(), 8));
    doc->setHtml(DocumentHtml::build(document));
    return doc;
}

void DocumentRenderer::render(const CaseDocument &document, QPagedPaintDevice *device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                                      QPageLayout::Millimeter));
    std::unique_ptr<QTextDocument> doc(layout(document));
    // Lay out in the device's own units so point sizes come out as points on paper.
    doc->documentLayout()->setPaintDevice(device);
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    doc->setPageSize(page.size());
    doc->print(device);
}

bool DocumentRenderer::writePdf(const CaseDocument &document, const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("Cannot create the folder %1 for the document.").arg(info.absolutePath());
        return false;
    }
    // Written to a temporary file and renamed at the end, so a full disk never leaves half a PDF behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(documentTitle(document.kind) + QStringLiteral(" ") + document.caseData.caseNumber);
        writer.setCreator(QStringLiteral("OneWindow"));
        render(document, &writer);
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ow
