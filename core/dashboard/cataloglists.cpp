#include "core/dashboard/cataloglists.h"

#include "core/dashboard/catalogfigures.h"
#include "core/domain/enumkeys.h"
#include "core/print/documentrenderer.h"

#include <QLocale>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// The four lists in the order they are printed, each with the key of its table.
constexpr EnumKeys<MatterTag, 4> kLists{{
    {MatterTag::Instant, u"list-instant"},
    {MatterTag::Online, u"list-online"},
    {MatterTag::Nearby, u"list-nearby"},
    {MatterTag::OneTrip, u"list-oneTrip"},
}};

QString listTitle(MatterTag tag)
{
    switch (tag) {
    case MatterTag::Instant: return ReportText::tr("Instant list (马上办)");
    case MatterTag::Online: return ReportText::tr("Online list (网上办)");
    case MatterTag::Nearby: return ReportText::tr("Nearby list (就近办)");
    case MatterTag::OneTrip: return ReportText::tr("One-trip list (一次办)");
    }
    return {};
}

// 马上办 includes the 即办件 (promised at 0 days) whether or not the publisher tagged them.
bool onList(const Matter &m, MatterTag tag)
{
    return tag == MatterTag::Instant ? m.isInstant() : m.hasTag(tag);
}

QString feesText(const Matter &m)
{
    if (m.fees.isEmpty())
        return ReportText::tr("free");
    QStringList parts;
    for (const Fee &f : m.fees)
        parts.append(u"%1 %2"_s.arg(f.item, f.amount));
    return parts.join(u"; "_s);
}

QString title()
{
    return ReportText::tr("Matter lists of the catalog");
}

} // namespace

CatalogListFigures catalogListFigures(const QList<Matter> &matters)
{
    CatalogListFigures f;
    for (const Matter &m : matters) {
        for (size_t i = 0; i < kLists.size(); ++i) {
            if (onList(m, kLists[i].first))
                ++f.onList[i];
        }
    }
    f.catalog = catalogFigures(matters); // one definition of each figure (catalogfigures.h)
    return f;
}

QList<ReportTable> catalogListTables(const QList<Matter> &matters)
{
    QList<Matter> sorted = matters;
    std::sort(sorted.begin(), sorted.end(), [](const Matter &a, const Matter &b) { return a.code < b.code; });
    QList<ReportTable> tables;
    const QStringList headers{ReportText::tr("Code"), ReportText::tr("Matter"), ReportText::tr("Department"),
                              ReportText::tr("Promised days"), ReportText::tr("Fees")};
    for (const auto &[tag, key] : kLists) {
        ReportTable t{QString::fromUtf16(key), listTitle(tag), headers, {15, 35, 22, 12, 16}, {}};
        for (const Matter &m : sorted) {
            if (onList(m, tag))
                t.rows.append({m.code, m.name, m.department,
                               m.promisedLimitDays == 0 ? ReportText::tr("on the spot") : QLocale().toString(m.promisedLimitDays),
                               feesText(m)});
        }
        tables.append(t);
    }
    const CatalogListFigures f = catalogListFigures(matters);
    ReportTable summary{
        u"lists"_s, ReportText::tr("Lists and 网上可办率"), {ReportText::tr("Figure"), ReportText::tr("Value")}, {70, 30}, {}};
    summary.rows.append({ReportText::tr("Matters in the catalog"), QLocale().toString(f.catalog.matters)});
    for (size_t i = 0; i < kLists.size(); ++i)
        summary.rows.append({listTitle(kLists[i].first), QLocale().toString(f.onList[i])});
    summary.rows.append({ReportText::tr("Online availability (网上可办率), target at least %1%").arg(qRound(OnlineTarget * 100)),
                         f.catalog.online.percentText()});
    summary.rows.append({ReportText::tr("Materials reduction against the pre-reform lists, target at least %1% (%2 of %3 matters "
                                        "declare theirs)")
                             .arg(qRound(MaterialsReductionTarget * 100))
                             .arg(f.catalog.declared)
                             .arg(f.catalog.matters),
                         f.catalog.materialsReduction.percentText()});
    tables.append(summary);
    return tables;
}

QByteArray catalogListsCsv(const QList<Matter> &matters)
{
    return csvOfTables(title(), catalogListTables(matters));
}

bool writeCatalogListsPdf(const QList<Matter> &matters, const QString &hallName, const QString &path, QString *error,
                          const QDateTime &generatedAt)
{
    const QString html = htmlOfTables(
        hallName.isEmpty() ? title() : hallName, title(), catalogListTables(matters), ReportText::tr("No matter on this list."),
        ReportText::tr("From the catalog's tags. Instant (马上办) also holds every matter promised at 0 working days. Online "
                       "availability (网上可办率): matters on the online list / all matters in the catalog. Materials "
                       "reduction: 1 − materials the guides ask now (required or situational, not fetched by data "
                       "sharing) / materials they asked before the reform, over the matters that declare it."),
        generatedAt);
    return DocumentRenderer::writeHtmlPdf(html, title(), false, path, error);
}

} // namespace ow
