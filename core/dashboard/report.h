#pragma once
// The daily / period report of the hall (issue 6): the same tables as CSV (for Excel) and as a PDF made
// by core/print's document path (the fonts and paper of the receipts). From the dashboard and from
// `onewindowctl report`.

#include "core/dashboard/dashboardfigures.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

// The translation context of the report's words (tables, HTML, CSV).
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(ow::Report)
};

// One table of the report; CSV and PDF show the same tables with the same texts.
struct ReportTable {
    QString key;         // stable: summary, reform, days, windows, matters, hours, waits
    QString title;       // translated
    QStringList headers; // translated
    QList<int> widths;   // per cent of the page width, for the PDF
    QList<QStringList> rows;
};

// "Daily report 2026-11-27" or "Report 2026-11-01 – 2026-11-30" (translated).
QString reportTitle(const PeriodFigures &figures);

// The tables, in the order they are printed. Times in minutes with one decimal, shares as "80.0%" or
// "—" for 0/0, so the CSV and the page read the same.
QList<ReportTable> reportTables(const PeriodFigures &figures);

// UTF-8 with a byte order mark (Excel opens Chinese right only with it), CRLF line ends (RFC 4180).
// One file: each table is a section — its title on a line, then the header row, the rows, an empty line.
QByteArray reportCsv(const PeriodFigures &figures);

// The report as HTML for QTextDocument (A4 landscape): title, hall, period, the tables.
QString reportHtml(const PeriodFigures &figures, const QDateTime &generatedAt);

// Any set of tables as the report prints them, for the other printouts made of tables (the catalog's lists):
// CSV with BOM and CRLF, a section per table under the title line; HTML with a heading, a subtitle line,
// the tables (emptyText in a table without rows) and a footnote of definitions.
QByteArray csvOfTables(const QString &title, const QList<ReportTable> &tables);
QString htmlOfTables(const QString &heading, const QString &subtitle, const QList<ReportTable> &tables, const QString &emptyText,
                     const QString &footnote, const QDateTime &generatedAt);
// Writes bytes to path through a save file; false and *error ("Cannot write FILE: why") when it cannot.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

// Write the files; false with a message for the user when the file cannot be written.
bool writeReportCsv(const PeriodFigures &figures, const QString &path, QString *error);
bool writeReportPdf(const PeriodFigures &figures, const QString &path, QString *error,
                    const QDateTime &generatedAt = QDateTime::currentDateTime());

} // namespace ow
