// The report on paper: HTML for core/print's document path (same fonts and A4 paper as the receipts),
// landscape for the wide per-window and per-matter tables.
#include "core/dashboard/report.h"
#include "core/print/documentrenderer.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString tableHtml(const ReportTable &t, const QString &emptyText)
{
    // Wide tables get a smaller face so 16 columns fit across the page; short ones take half the width.
    // The title is the first header row, so it never stays behind at the foot of a page without its
    // table, and it repeats with the column headers on every page the table runs over.
    const bool wide = t.headers.size() > 6;
    const bool narrow = t.headers.size() <= 3;
    QString html =
        u"<p style=\"margin:0;\"></p><table width=\"%1%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
        "style=\"margin-top:10px; border-collapse:collapse; border-color:#000; font-size:%2pt;\"><thead>"_s.arg(narrow ? 50 : 100)
            .arg(wide ? 8 : 10);
    html += u"<tr><th colspan=\"%1\" align=\"left\" style=\"font-size:12pt; border-style:none;\">%2</th></tr><tr>"_s
                .arg(t.headers.size())
                .arg(esc(t.title));
    for (qsizetype i = 0; i < t.headers.size(); ++i)
        html += u"<th width=\"%1%\" style=\"background:#eee;%2\">%3</th>"_s.arg(t.widths.value(i))
                    .arg(wide ? u" font-size:7pt;"_s : QString())
                    .arg(esc(t.headers.at(i)));
    html += u"</tr></thead>"_s;
    if (t.rows.isEmpty())
        html += u"<tr><td colspan=\"%1\">%2</td></tr>"_s.arg(t.headers.size()).arg(esc(emptyText));
    for (const QStringList &row : t.rows) {
        html += u"<tr>"_s;
        for (qsizetype i = 0; i < row.size(); ++i) {
            // Names left, figures right: columns of numbers are compared by their last digits.
            const bool text = i == 0 || (t.key == u"matters"_s && i < 3) || (t.key == u"reform"_s && i == 2)
                              || (t.key.startsWith(u"list-"_s) && i != 3);
            html += u"<td align=\"%1\">%2</td>"_s.arg(text ? u"left"_s : u"right"_s, esc(row.at(i)));
        }
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

} // namespace

QString htmlOfTables(const QString &heading, const QString &subtitle, const QList<ReportTable> &tables, const QString &emptyText,
                     const QString &footnote, const QDateTime &generatedAt)
{
    QString html = u"<html><body>"_s;
    html += u"<h1 align=\"center\" style=\"font-size:18pt;\">%1</h1>"_s.arg(esc(heading));
    html += u"<h2 align=\"center\" style=\"font-size:14pt;\">%1</h2>"_s.arg(esc(subtitle));
    html += u"<p align=\"center\">%1</p>"_s.arg(
        esc(ReportText::tr("Generated %1").arg(QLocale().toString(generatedAt, QLocale::ShortFormat))));
    for (const ReportTable &t : tables)
        html += tableHtml(t, emptyText);
    html += u"<p style=\"font-size:8pt;\">%1</p>"_s.arg(esc(footnote));
    return html + u"</body></html>"_s;
}

QString reportHtml(const PeriodFigures &figures, const QDateTime &generatedAt)
{
    const QString hall = figures.hallName.isEmpty() ? figures.hallCode : figures.hallName;
    return htmlOfTables(
        hall, reportTitle(figures), reportTables(figures), ReportText::tr("Nothing in this period."),
        ReportText::tr(
            "Comprehensive: cases decided at a comprehensive window, of all cases. Materials not taken in: 1 − collected / "
            "listed over the cases taken in (the reduction against the pre-reform lists, with its target, is in the "
            "catalog lists). High-frequency matters: the 100 with most cases; one counts when 90% of its cases needed "
            "at most one trip. Satisfied: ratings of 4 or 5. Overdue: cases taken in whose promised date has passed and "
            "that are not finished (ready for pick-up or completed, as the window last heard from the platform)."),
        generatedAt);
}

bool writeReportPdf(const PeriodFigures &figures, const QString &path, QString *error, const QDateTime &generatedAt)
{
    return DocumentRenderer::writeHtmlPdf(reportHtml(figures, generatedAt), reportTitle(figures), true, path, error);
}

} // namespace ow
