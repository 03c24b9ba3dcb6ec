#pragma once
// The seed's published lists — 马上办 (instant), 网上办 (online), 就近办 (nearby), 一次办 (one trip) — and
// 网上可办率, read from the catalog the hall imported: which matters are on each list is the catalog's word
// (docs/catalog-format.md, `tags`), not a figure measured at the windows. Exported as CSV and PDF with the
// report's table writers (`onewindowctl catalog-lists`).

#include "core/dashboard/catalogfigures.h"
#include "core/dashboard/report.h"
#include "core/domain/matter.h"

#include <QDateTime>
#include <QList>

namespace ow {

struct CatalogListFigures {
    int onList[4] = {};     // per MatterTag, in enum order
    CatalogFigures catalog; // the matters counted, 网上可办率 and the materials reduction (catalogfigures.h)
};

// 网上可办率 as catalogfigures.h defines it; 马上办 counts a matter tagged `instant` or promised at 0 working
// days (即办件, Matter::isInstant).
CatalogListFigures catalogListFigures(const QList<Matter> &matters);

// One table per list, keys "list-instant", "list-online", "list-nearby", "list-oneTrip": code, name,
// department, promised working days, fees; ordered by code. Then a summary table of the counts and 网上可办率.
QList<ReportTable> catalogListTables(const QList<Matter> &matters);

QByteArray catalogListsCsv(const QList<Matter> &matters);
bool writeCatalogListsPdf(const QList<Matter> &matters, const QString &hallName, const QString &path, QString *error,
                          const QDateTime &generatedAt = QDateTime::currentDateTime());

} // namespace ow
