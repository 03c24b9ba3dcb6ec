#pragma once
// Puts a case document on A4 pages: into a PDF file, or onto any paged device (a printer from the UI).

#include "core/print/casedocument.h"

#include <QCoreApplication>

#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace ow {

class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ow::DocumentRenderer)

public:
    // The laid-out document, with its QR code; the caller owns it. For print preview and printers.
    static QTextDocument *layout(const CaseDocument &document);

    // Renders onto an A4 device with 20 mm margins (the device's page layout is set here).
    static void render(const CaseDocument &document, QPagedPaintDevice *device);

    // Writes a PDF; false with a message for the clerk when the file cannot be written (full disk,
    // missing folder, no permission). The decision itself is already saved either way.
    static bool writePdf(const CaseDocument &document, const QString &path, QString *error);

    // Any other HTML on the same paper with the same fonts (the dashboard's reports); the caller owns
    // the document. landscape: A4 across, for wide tables.
    static QTextDocument *layoutHtml(const QString &html);
    static bool writeHtmlPdf(const QString &html, const QString &title, bool landscape, const QString &path, QString *error);

private:
    static void renderDocument(QTextDocument *doc, QPagedPaintDevice *device, bool landscape, const QString &footer);
    static QString footerOf(const CaseDocument &document);
    static bool writePdfFile(const QString &path, const QString &title, QString *error,
                             const std::function<void(QPagedPaintDevice *)> &paint);
};

} // namespace ow
