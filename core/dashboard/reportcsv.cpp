// The report as one CSV file: a section per table (reportTables), so it opens in Excel as one sheet
// that reads top to bottom like the PDF.
#include "core/dashboard/report.h"

#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// RFC 4180: quote a field with a comma, quote, CR or LF, and double its quotes. A field starting with
// = + - @ would be a formula to Excel; figures never do, and names are quoted text either way.
QString field(const QString &s)
{
    static const QString needsQuotes = u",\"\r\n"_s;
    bool quote = false;
    for (QChar c : s) {
        if (needsQuotes.contains(c)) {
            quote = true;
            break;
        }
    }
    if (!quote && !s.isEmpty() && (s.front() == u'=' || s.front() == u'+' || s.front() == u'@'))
        quote = true;
    if (!quote)
        return s;
    QString escaped = s;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString line(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &c : cells)
        fields.append(field(c));
    return fields.join(u',') + u"\r\n"_s;
}

} // namespace

QByteArray reportCsv(const PeriodFigures &figures)
{
    QString text = line({reportTitle(figures)}) + u"\r\n"_s;
    for (const ReportTable &t : reportTables(figures)) {
        text += line({t.title});
        text += line(t.headers);
        for (const QStringList &row : t.rows)
            text += line(row);
        text += u"\r\n"_s;
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool writeReportCsv(const PeriodFigures &figures, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reportCsv(figures)) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ow::Report", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ow
