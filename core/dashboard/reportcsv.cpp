// The report as one CSV file: a section per table (reportTables), so it opens in Excel as one sheet
// that reads top to bottom like the PDF.
#include "core/dashboard/report.h"
#include "core/text/csvcell.h"

#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ow {

QByteArray reportCsv(const PeriodFigures &figures)
{
    QString text = Csv::row({reportTitle(figures)}) + u"\r\n"_s;
    for (const ReportTable &t : reportTables(figures)) {
        text += Csv::row({t.title});
        text += Csv::row(t.headers);
        for (const QStringList &row : t.rows)
            text += Csv::row(row);
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
