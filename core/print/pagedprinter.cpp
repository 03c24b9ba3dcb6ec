#include "core/print/pagedprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace ow {

namespace {

// Where pages may end and where they must not, in the coordinates of the document laid out as one page.
struct Breaks {
    QList<qreal> candidates;             // a page may end here
    QList<QPair<qreal, qreal>> unbroken; // no page ends strictly inside one of these
    struct Table {
        qreal top = 0;
        qreal headerBottom = 0; // == top without header rows
        qreal bottom = 0;
        QList<qreal> rowBottoms; // the boundary under each data row, in order
    };
    QList<Table> tables;

    bool allowed(qreal y) const
    {
        return std::none_of(unbroken.begin(), unbroken.end(),
                            [y](const QPair<qreal, qreal> &span) { return y > span.first + 0.5 && y < span.second - 0.5; });
    }
};

// The rows of a table, as the boundaries between them: the middle of the border and padding between one
// row's text and the next, so a page that ends there ends on a row's border.
void addTable(QAbstractTextDocumentLayout *layout, QTextTable *table, Breaks &breaks)
{
    const QRectF frame = layout->frameBoundingRect(table);
    const int rows = table->rows();
    QList<qreal> textTop(rows, std::numeric_limits<qreal>::max());
    QList<qreal> textBottom(rows, std::numeric_limits<qreal>::lowest());
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (!cell.isValid() || cell.row() + cell.rowSpan() - 1 != r)
                continue; // a cell spanning rows counts for the last row it covers: nothing breaks inside it
            const QRectF first = layout->blockBoundingRect(cell.firstCursorPosition().block());
            const QRectF last = layout->blockBoundingRect(cell.lastCursorPosition().block());
            textTop[cell.row()] = std::min(textTop[cell.row()], first.top());
            textBottom[r] = std::max(textBottom[r], last.bottom());
        }
    }
    QList<qreal> boundary{frame.top()};
    for (int r = 1; r < rows; ++r) {
        const bool known =
            textTop[r] < std::numeric_limits<qreal>::max() && textBottom[r - 1] > std::numeric_limits<qreal>::lowest();
        boundary << (known ? (textBottom[r - 1] + textTop[r]) / 2 : boundary.last());
    }
    boundary << frame.bottom();

    const int headerRows = std::clamp(table->format().headerRowCount(), 0, rows);
    Breaks::Table t{frame.top(), boundary.at(headerRows), frame.bottom(), {}};
    breaks.candidates << frame.top() << frame.bottom();
    // The header never ends a page, and it goes with the first row under it.
    const int firstBreakable = std::min(rows, headerRows + 1);
    breaks.unbroken << qMakePair(boundary.at(0), boundary.at(firstBreakable));
    for (int r = firstBreakable; r < rows; ++r) {
        breaks.candidates << boundary.at(r);
        breaks.unbroken << qMakePair(boundary.at(r), boundary.at(r + 1));
    }
    for (int r = headerRows; r < rows; ++r)
        t.rowBottoms << boundary.at(r + 1);
    breaks.tables << t;
}

// A paragraph may end a page between any two of its lines.
void addBlock(QAbstractTextDocumentLayout *layout, const QTextBlock &block, Breaks &breaks)
{
    const QRectF rect = layout->blockBoundingRect(block);
    breaks.candidates << rect.top() << rect.bottom();
    const QTextLayout *lines = block.layout();
    if (!lines)
        return;
    const qreal origin = rect.top() - lines->boundingRect().top();
    for (int i = 1; i < lines->lineCount(); ++i)
        breaks.candidates << origin + lines->lineAt(i).y();
}

bool opensKeepWithPrevious(const QTextBlock &block)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        if (it.fragment().charFormat().anchorNames().contains(QLatin1String(PagedPrinter::KeepWithPreviousAnchor)))
            return true;
    }
    return false;
}

bool holdsKeepWithPrevious(const QTextFrame *frame)
{
    const QTextDocument *doc = frame->document();
    for (QTextBlock b = doc->findBlock(frame->firstPosition()); b.isValid() && b.position() <= frame->lastPosition();
         b = b.next()) {
        if (opensKeepWithPrevious(b))
            return true;
    }
    return false;
}

Breaks breaksOf(QTextDocument *doc, qreal contentHeight)
{
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    Breaks breaks;
    qreal keepTop = -1;
    qreal keepBottom = -1;
    for (auto it = doc->rootFrame()->begin(); !it.atEnd(); ++it) {
        const qsizetype tablesAbove = breaks.tables.size();
        bool keeps = false;
        QRectF rect;
        if (QTextFrame *frame = it.currentFrame()) {
            rect = layout->frameBoundingRect(frame);
            if (auto *table = qobject_cast<QTextTable *>(frame)) {
                addTable(layout, table, breaks);
            } else {
                breaks.candidates << rect.top() << rect.bottom();
                breaks.unbroken << qMakePair(rect.top(), rect.bottom());
            }
            keeps = holdsKeepWithPrevious(frame);
        } else {
            const QTextBlock block = it.currentBlock();
            rect = layout->blockBoundingRect(block);
            addBlock(layout, block, breaks);
            keeps = opensKeepWithPrevious(block);
        }
        if (keeps && keepTop < 0) {
            // From the second-to-last row of the table above (or this block alone, with no table above).
            keepTop = rect.top();
            if (tablesAbove > 0) {
                const Breaks::Table &t = breaks.tables.at(tablesAbove - 1);
                const qsizetype n = t.rowBottoms.size();
                keepTop = n >= 3 ? t.rowBottoms.at(n - 3) : t.top;
            }
            keepBottom = rect.bottom();
        }
    }
    // A group taller than most of a page is not kept together: it would leave a page almost empty.
    if (keepTop >= 0 && keepBottom - keepTop < contentHeight * 0.8)
        breaks.unbroken << qMakePair(keepTop, keepBottom);
    std::sort(breaks.candidates.begin(), breaks.candidates.end());
    return breaks;
}

} // namespace

QList<PagedPrinter::Page> PagedPrinter::paginate(QTextDocument *doc, qreal contentHeight)
{
    const Breaks breaks = breaksOf(doc, contentHeight);
    const qreal end = doc->documentLayout()->documentSize().height();
    QList<Page> pages;
    qreal start = 0;
    while (start < end - 0.5 && contentHeight > 1) {
        Page page{start, end};
        // A page that begins inside a table, under its header, shows the header again first.
        for (const Breaks::Table &t : breaks.tables) {
            if (t.headerBottom > t.top && start >= t.headerBottom - 0.5 && start < t.bottom - 0.5) {
                page.repeatsHeader = true;
                page.headerTop = t.top;
                page.headerBottom = t.headerBottom;
            }
        }
        const qreal room = contentHeight - (page.repeatsHeader ? page.headerBottom - page.headerTop : 0);
        const qreal limit = start + std::max(room, contentHeight / 4);
        if (limit < end) {
            qreal best = -1;
            for (qreal c : breaks.candidates) {
                if (c > limit)
                    break;
                if (c > start + 1 && breaks.allowed(c))
                    best = c;
            }
            // Nothing fits whole (a row taller than a page): it is cut where the page ends.
            page.bottom = best > 0 ? best : limit;
        }
        pages << page;
        start = page.bottom;
    }
    if (pages.isEmpty())
        pages << Page{0, end};
    return pages;
}

void PagedPrinter::print(QTextDocument *doc, QPagedPaintDevice *device, const QString &footerLeft)
{
    const qreal dpi = device->logicalDpiY();
    const QRectF paper = device->pageLayout().paintRectPixels(device->logicalDpiX());
    doc->documentLayout()->setPaintDevice(device);
    doc->setTextWidth(paper.width()); // one long page: the breaks are chosen below
    // The footer band: 8 mm under the text, its line 4 mm below the last line of the page.
    const qreal footerBand = 8.0 / 25.4 * dpi;
    const qreal contentHeight = paper.height() - footerBand;
    const QList<Page> pages = paginate(doc, contentHeight);

    QFont footerFont = doc->defaultFont();
    footerFont.setPointSizeF(9);
    QPainter painter(device);
    const auto paint = [&](qreal top, qreal bottom, qreal at) {
        painter.save();
        painter.translate(0, at - top);
        // A hair past each end, so a row border that lies on the boundary is drawn whole on both pages.
        const qreal hair = dpi / 150;
        doc->drawContents(&painter, QRectF(0, top - hair, paper.width(), bottom - top + 2 * hair));
        painter.restore();
    };
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            device->newPage();
        const Page &page = pages.at(i);
        qreal y = 0;
        if (page.repeatsHeader) {
            paint(page.headerTop, page.headerBottom, 0);
            y = page.headerBottom - page.headerTop;
        }
        paint(page.top, page.bottom, y);
        painter.setFont(footerFont);
        const QRectF footer(0, paper.height() - footerBand / 2, paper.width(), footerBand / 2);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, footerLeft);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(i + 1).arg(pages.size()));
    }
}

} // namespace ow
