// catalog-lists: the seed's 马上办 / 网上办 / 就近办 / 一次办 lists and 网上可办率 from the imported catalog,
// as CSV or PDF (core/dashboard/cataloglists.h).
#include "app/onewindowctl/ctlcommand.h"
#include "core/dashboard/cataloglists.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace ctl {

int catalogLists(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("Writes the catalog's matter lists (instant, online, nearby, one trip) and its online availability "
                "(网上可办率) as CSV (UTF-8 with BOM) or PDF, from the catalog imported into the database."));
    const QCommandLineOption db(QStringLiteral("db"), Ctl::tr("the database file"), QStringLiteral("PATH"));
    const QCommandLineOption out(QStringLiteral("out"), Ctl::tr("the file to write: .csv or .pdf"), QStringLiteral("FILE"));
    const QCommandLineOption hallName(QStringLiteral("hall-name"), Ctl::tr("the hall's name at the top of the PDF"),
                                      QStringLiteral("TEXT"));
    parser.addOptions({db, out, hallName});
    int code = 0;
    if (!parseRequiring(parser, arguments, {QStringLiteral("db"), QStringLiteral("out")},
                        Ctl::tr("--db PATH and --out FILE are required."), &code))
        return code;
    const QString path = parser.value(out);
    const QString format = QFileInfo(path).suffix().toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("pdf")) {
        err() << Ctl::tr("--out must end in .csv or .pdf.") << '\n';
        return 2;
    }
    ow::Database database;
    QString error;
    if (!database.openReadOnly(parser.value(db), &error)) {
        err() << error << '\n';
        return 1;
    }
    const QList<ow::Matter> matters = ow::CatalogRepository(database).loadCurrent(&error).matters;
    if (!error.isEmpty()) {
        err() << error << '\n';
        return 1;
    }
    if (matters.isEmpty()) {
        err() << Ctl::tr("%1 holds no catalog: import one first (onewindowctl import-catalog).").arg(parser.value(db)) << '\n';
        return 1;
    }
    const bool written = format == QLatin1String("pdf") ? ow::writeCatalogListsPdf(matters, parser.value(hallName), path, &error)
                                                        : ow::writeFileAtomically(path, ow::catalogListsCsv(matters), &error);
    if (!written) {
        err() << error << '\n';
        return 1;
    }
    const ow::CatalogListFigures f = ow::catalogListFigures(matters);
    ::ctl::out() << Ctl::tr("%1: %2 matters; instant %3, online %4, nearby %5, one trip %6; online availability %7")
                        .arg(QFileInfo(path).absoluteFilePath())
                        .arg(f.catalog.matters)
                        .arg(f.onList[0])
                        .arg(f.onList[1])
                        .arg(f.onList[2])
                        .arg(f.onList[3])
                        .arg(f.catalog.online.percentText())
                 << '\n';
    return 0;
}

} // namespace ctl
