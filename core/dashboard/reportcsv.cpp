// The report as one CSV file: a section per table (reportTables), so it opens in Excel as one sheet
// that reads top to bottom like the PDF.
#include "core/dashboard/report.h"
#include "core/text/csvcell.h"

#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ow {

QByteArray csvOfTables(const QString &title, const QList<ReportTable> &tables)
{
    QString text = Csv::row({title}) + u"\r\n"_s;
    for (const ReportTable &t : tables) {
        text += Csv::row({t.title});
        text += Csv::row(t.headers);
        for (const QStringList &row : t.rows)
            text += Csv::row(row);
        text += u"\r\n"_s;
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray reportCsv(const PeriodFigures &figures)
{
    return csvOfTables(reportTitle(figures), reportTables(figures));
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ow::Report", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeReportCsv(const PeriodFigures &figures, const QString &path, QString *error)
{
    return writeFileAtomically(path, reportCsv(figures), error);
}

} // namespace ow
