#include "tests/unit/storage/storagefixture.h"

#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/migrations.h"
#include "tests/support/test_support.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace owtest {

TempDatabase::TempDatabase()
{
    REQUIRE(dir.isValid());
    path = dir.filePath(u"onewindow.sqlite"_s);
    QString error;
    const bool opened = db.open(path, &error);
    INFO(error.toStdString());
    REQUIRE(opened);
}

void openAtSchema(ow::Database &db, const QString &path, int schema)
{
    const QList<ow::Migration> all = ow::Migrations::builtIn();
    REQUIRE(all.size() > schema);
    REQUIRE(db.open(path, all.mid(0, schema)));
    REQUIRE(db.schemaVersion() == schema);
}

QList<ow::Case> decideSamples(ow::Database &db, int n)
{
    REQUIRE(ow::CatalogRepository(db).importCatalog(sampleCatalog()).ok);
    const ow::CatalogData catalog = ow::CatalogRepository(db).loadCurrent();
    QList<ow::Case> saved;
    const LinesAsBefore lines(db.db(), db.schemaVersion());
    REQUIRE(lines.ok());
    for (int i = 0; i < n; ++i) {
        ow::Case c = sampleCase(catalog, {QStringLiteral("M001")});
        QString error;
        REQUIRE(ow::CaseRepository(db).commitDecision(c, samplePerson(), &error));
        saved << c;
    }
    return saved;
}

CatalogDatabase::CatalogDatabase()
{
    REQUIRE(ow::CatalogRepository(t.db).importCatalog(sampleCatalog()).ok);
    catalog = ow::CatalogRepository(t.db).loadCurrent();
}

ow::CatalogData sampleCatalog()
{
    ow::CatalogData data;
    data.catalogVersion = u"2026.11"_s;
    data.materialKinds = {
        {u"RESIDENT_ID_CARD"_s,
         u"居民身份证"_s,
         u"公安机关"_s,
         u"《居民身份证法》"_s,
         u"户籍所在地派出所"_s,
         0,
         false,
         true,
         false,
         {}},
        {u"HEALTH_CERT"_s, u"健康证明"_s, u"疾控中心"_s, u"《食品安全法》"_s, u"区疾控中心体检"_s, 12, false, false, false, {}},
        {u"LEASE_CONTRACT"_s, u"经营场所租赁合同"_s, u"申请人"_s, {}, {}, 0, false, false, false, {}},
        {u"APPLICATION_FORM"_s, u"申请表"_s, u"申请人"_s, {}, u"窗口领取"_s, 0, false, false, false, {}},
    };
    const auto line = [](const QString &kind, const QString &name, bool deficiency = false) {
        ow::MatterMaterial m;
        m.kind = kind;
        m.name = name;
        m.deficiencyAllowed = deficiency;
        return m;
    };
    // What every matter states first: who decides what, by which law. The rest differs from matter to matter.
    const auto matter = [](const QString &code, const QString &name, const QString &type, const QString &department,
                           const QString &legalBasis) {
        // The lists named too: GCC's -Wmissing-field-initializers asks it of members without a default.
        return ow::Matter{.code = code,
                          .name = name,
                          .type = type,
                          .department = department,
                          .legalBasis = legalBasis,
                          .fees = {},
                          .tags = {},
                          .situations = {},
                          .materials = {}};
    };
    ow::Matter food = matter(u"M001"_s, u"食品经营许可"_s, u"行政许可"_s, u"市场监督管理局"_s, u"《食品安全法》第三十五条"_s);
    food.legalLimitDays = 20;
    food.promisedLimitDays = 10;
    food.fees = {{u"许可"_s, u"免费"_s}};
    food.tags = {ow::MatterTag::OneTrip, ow::MatterTag::Online};
    food.situations = {{u"agent"_s, u"是否委托他人代办？"_s, {{u"self"_s, u"本人办理"_s}, {u"agent"_s, u"委托代理人办理"_s}}}};
    food.materials = {line(u"APPLICATION_FORM"_s, u"食品经营许可申请书"_s), line(u"RESIDENT_ID_CARD"_s, u"居民身份证"_s),
                      line(u"HEALTH_CERT"_s, u"健康证明"_s, true), line(u"LEASE_CONTRACT"_s, u"经营场所租赁合同"_s, true)};
    ow::Matter licence =
        matter(u"M002"_s, u"个体工商户设立登记"_s, u"行政许可"_s, u"市场监督管理局"_s, u"《促进个体工商户发展条例》"_s);
    licence.legalLimitDays = 15;
    licence.tags = {ow::MatterTag::Instant}; // promised in 0 days: done on the spot
    licence.materials = {line(u"APPLICATION_FORM"_s, u"设立登记申请书"_s), line(u"RESIDENT_ID_CARD"_s, u"居民身份证"_s)};
    ow::Matter certificate = matter(u"M003"_s, u"居住证明"_s, u"公共服务"_s, u"街道办事处"_s, u"《居住证暂行条例》"_s);
    certificate.materials = {line(u"RESIDENT_ID_CARD"_s, u"居民身份证"_s), line(u"LEASE_CONTRACT"_s, u"租赁合同"_s)};
    data.matters = {food, licence, certificate};
    data.bundles = {{u"B001"_s, u"开办餐饮店一件事"_s, u"营业执照与食品经营许可一次办"_s, {u"M002"_s, u"M001"_s}}};
    return data;
}

ow::Applicant samplePerson(const QString &idNumber, const QString &name)
{
    ow::Applicant a;
    a.kind = ow::ApplicantKind::Person;
    a.idNumber = idNumber;
    a.name = name;
    a.phone = u"13800000000"_s;
    a.address = u"北京市东城区"_s;
    return a;
}

ow::Case sampleCase(const ow::CatalogData &catalog, const QStringList &matterCodes, ow::Decision decision, int window)
{
    ow::Case c;
    c.hallCode = u"DEMO"_s;
    c.window = window;
    c.clerk = u"clerk01"_s;
    c.decision = decision;
    switch (decision) {
    case ow::Decision::Accept: c.status = ow::CaseStatus::Accepted; break;
    case ow::Decision::AcceptWithDeficiency: c.status = ow::CaseStatus::AwaitingSupplement; break;
    case ow::Decision::OneTimeNotice: c.status = ow::CaseStatus::Notified; break;
    case ow::Decision::NotAccepted:
        c.status = ow::CaseStatus::Rejected;
        c.reason = u"不属于本厅受理范围"_s;
        break;
    }
    const QDate today = QDate::currentDate();
    QStringList kinds;
    for (const QString &code : matterCodes) {
        const ow::Matter *m = catalog.matter(code);
        REQUIRE(m != nullptr);
        c.matters.append({m->code, m->version});
        for (const ow::MatterMaterial &line : m->materials) {
            const qsizetype at = kinds.indexOf(line.kind);
            if (at >= 0) {
                c.materials[at].matterCodes.append(code);
                continue;
            }
            kinds.append(line.kind);
            ow::CaseMaterial cm;
            cm.kind = line.kind;
            cm.name = line.name;
            cm.matterCodes = {code};
            const bool deferred = decision != ow::Decision::Accept && line.deficiencyAllowed;
            cm.status = deferred ? ow::LineStatus::DeficiencyAllowed : ow::LineStatus::ToCollect;
            cm.received = !deferred && decision != ow::Decision::OneTimeNotice;
            if (cm.received)
                cm.receivedOn = today;
            c.materials.append(cm);
        }
    }
    c.answers.insert(u"agent"_s, u"self"_s);
    c.listedCount = int(c.materials.size());
    for (const ow::CaseMaterial &m : c.materials)
        c.collectedCount += m.received ? 1 : 0;
    c.promisedDate = today.addDays(14);
    if (decision == ow::Decision::AcceptWithDeficiency)
        c.supplementDue = today.addDays(5);
    return c;
}

namespace {

// The statement prepared, bound and run, REQUIREd to succeed (the statement and the driver's error shown
// when it does not); the query is returned positioned before its first row.
QSqlQuery runPrepared(const QSqlDatabase &db, const QString &sqlText, const QVariantList &values)
{
    QSqlQuery q(db);
    REQUIRE(q.prepare(sqlText));
    for (const QVariant &v : values)
        q.addBindValue(v);
    const bool ok = q.exec();
    INFO(sqlText.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ok);
    return q;
}

} // namespace

void runSql(const QSqlDatabase &db, const QString &sqlText, const QVariantList &values)
{
    runPrepared(db, sqlText, values);
}

QVariant scalar(const QSqlDatabase &db, const QString &sqlText, const QVariantList &values)
{
    QSqlQuery q = runPrepared(db, sqlText, values);
    return q.next() ? q.value(0) : QVariant();
}

int countRows(const QSqlDatabase &db, const QString &sqlText, const QVariantList &values)
{
    return scalar(db, sqlText, values).toInt();
}

QStringList firstColumn(const QSqlDatabase &db, const QString &sqlText, const QVariantList &values)
{
    QSqlQuery q = runPrepared(db, sqlText, values);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList queryPlan(const QSqlDatabase &db, const QString &sqlText, const QVariantList &values)
{
    QSqlQuery q = runPrepared(db, u"EXPLAIN QUERY PLAN "_s + sqlText, values);
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString(); // id, parent, notused, detail
    return steps;
}

} // namespace owtest
