// Issue #14 point 6: the catalog's four lists and 网上可办率 as the catalog states them, exported as CSV and PDF.
#include "core/dashboard/cataloglists.h"
#include "tests/support/test_support.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

Matter matter(const QString &code, const QString &name, int promisedDays, const QList<MatterTag> &tags,
              const QList<Fee> &fees = {})
{
    Matter m;
    m.code = code;
    m.name = name;
    m.department = u"区市场监管局"_s;
    m.promisedLimitDays = promisedDays;
    m.legalLimitDays = promisedDays + 5;
    m.tags = tags;
    m.fees = fees;
    return m;
}

QList<Matter> sampleMatters()
{
    return {matter(u"M003"_s, u"食品经营许可"_s, 10, {MatterTag::Online, MatterTag::OneTrip}),
            matter(u"M001"_s, u"个体工商户登记"_s, 0, {MatterTag::Online}), // 即办件: on the instant list untagged
            matter(u"M002"_s, u"户籍证明"_s, 3, {MatterTag::Nearby}, {{u"工本费"_s, u"10元"_s}}),
            matter(u"M004"_s, u"道路挖掘许可"_s, 15, {})};
}

const ReportTable &table(const QList<ReportTable> &tables, const QString &key)
{
    for (const ReportTable &t : tables) {
        if (t.key == key)
            return t;
    }
    FAIL("no table " << key.toStdString());
    return tables.first();
}

QStringList codes(const ReportTable &t)
{
    QStringList out;
    for (const QStringList &row : t.rows)
        out.append(row.first());
    return out;
}

} // namespace

TEST_CASE("each list holds the matters the catalog tags for it, in code order, and 即办件 are instant")
{
    const QList<ReportTable> tables = catalogListTables(sampleMatters());
    CHECK(codes(table(tables, u"list-instant"_s)) == QStringList{u"M001"_s});
    CHECK(codes(table(tables, u"list-online"_s)) == QStringList{u"M001"_s, u"M003"_s});
    CHECK(codes(table(tables, u"list-nearby"_s)) == QStringList{u"M002"_s});
    CHECK(codes(table(tables, u"list-oneTrip"_s)) == QStringList{u"M003"_s});
    const QStringList nearby = table(tables, u"list-nearby"_s).rows.first();
    CHECK(nearby.at(3) == u"3"_s);
    CHECK(nearby.at(4) == u"工本费 10元"_s);
}

TEST_CASE("网上可办率 is the share of the catalog's matters on the online list")
{
    const CatalogListFigures f = catalogListFigures(sampleMatters());
    CHECK(f.catalog.matters == 4);
    CHECK(f.catalog.online == Share{2, 4});
    CHECK(f.onList[0] == 1);
    CHECK(f.onList[3] == 1);
    CHECK_FALSE(catalogListFigures({}).catalog.online.isDefined()); // no catalog: "—", not 0%
}

TEST_CASE("the lists' summary has the materials reduction against the pre-reform lists with its target")
{
    QList<Matter> matters = sampleMatters();
    matters[0].materialsBeforeReform = 5; // M003
    matters[0].materials = QList<MatterMaterial>(2);
    matters[2].materialsBeforeReform = 3; // M002
    matters[2].materials = QList<MatterMaterial>(1);
    const CatalogListFigures f = catalogListFigures(matters);
    CHECK(f.catalog.materialsReduction == Share{5, 8});
    CHECK(f.catalog.declared == 2);
    const QString csv = QString::fromUtf8(catalogListsCsv(matters).mid(3));
    INFO(csv.toStdString());
    CHECK(csv.split(u"\r\n"_s).contains(
        u"\"Materials reduction against the pre-reform lists, target at least 60% (2 of 4 matters declare theirs)\",62.5%"_s));
}

TEST_CASE("the lists export as CSV with BOM and as a PDF that reads back")
{
    const QByteArray csv = catalogListsCsv(sampleMatters());
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    CHECK(text.contains(u"M002,户籍证明,区市场监管局,3,工本费 10元\r\n"_s));
    CHECK(text.contains(u"50.0%"_s));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"lists.pdf"_s);
    QString error;
    REQUIRE(writeCatalogListsPdf(sampleMatters(), u"某某区政务服务中心"_s, pdf, &error));
    QString read = owtest::toolOutput(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    read.remove(QRegularExpression(u"\\s+"_s));
    CHECK(read.contains(u"某某区政务服务中心"_s));
    CHECK(read.contains(u"道路挖掘许可"_s) == false); // on no list
    CHECK(read.contains(u"食品经营许可"_s));
    CHECK(read.contains(u"50.0%"_s));
}
