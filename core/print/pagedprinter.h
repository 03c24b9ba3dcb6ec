#pragma once
// Puts a laid-out document on pages the way an official document needs them, which QTextDocument::print
// does not do: no table row is split across two pages (a material's name on one page and its basis on the
// next), the header row of a table is repeated on every page the table goes on to, the closing block (the
// signature, the seal and the date) stays on the page of the table's last rows, and every page has a
// footer with what the document is (its title and case number) and "page x of y".
// docs/adr/0031-document-pagination.md says why this is done here rather than by QTextDocument.

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace ow {

class PagedPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ow::PagedPrinter)

public:
    // An anchor (<a name="...">) with this name keeps the block it opens on the page of the two table rows
    // before it (DocumentHtml puts it in the signature area).
    static constexpr const char *KeepWithPreviousAnchor = "ow-keep-with-previous";

    // One page: the part [top, bottom) of the document laid out as one long page; repeatsHeader when the
    // page continues a table and shows that table's header rows [headerTop, headerBottom) above the part.
    struct Page {
        qreal top = 0;
        qreal bottom = 0;
        bool repeatsHeader = false;
        qreal headerTop = 0;
        qreal headerBottom = 0;
    };

    // Splits a document laid out without pages (setTextWidth) into parts of at most contentHeight each.
    static QList<Page> paginate(QTextDocument *doc, qreal contentHeight);

    // Lays doc out at the width of the device's page (whose layout the caller has set), paginates and
    // paints every page with the footer: footerLeft on the left, "Page x of y" on the right.
    static void print(QTextDocument *doc, QPagedPaintDevice *device, const QString &footerLeft);
};

} // namespace ow
