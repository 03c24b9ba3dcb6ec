#include "tests/bench/store/storebuilder.h"

#include "core/calendar/workingcalendar.h"
#include "core/catalog/catalogloader.h"
#include "core/demo/demoidentities.h"
#include "core/demo/demoseeder.h"
#include "core/domain/caseids.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/database.h"
#include "core/storage/matterjson.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <array>
#include <vector>

namespace owbench {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

bool failed(QSqlQuery &q, QString *error)
{
    *error = q.lastError().text() + QStringLiteral(" in: ") + q.lastQuery().left(120);
    return false;
}

bool exec(QSqlQuery &q, const QVariantList &values, QString *error)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // A null QString would be bound as NULL; the columns want ''.
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        q.bindValue(int(i), nullText ? QVariant(QStringLiteral("")) : v);
    }
    return q.exec() || failed(q, error);
}

// "INSERT INTO t (every column but omitted) SELECT column or ? FROM t WHERE key = ?": a template's rows
// copied with the overridden columns bound, in table order (*bound), then the template's key.
// Column names come from the schema, values are bound.
QString copySql(const QSqlDatabase &db, const QString &table, const QString &key, const QStringList &overridden,
                const QStringList &omitted, QStringList *bound)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    q.addBindValue(table);
    q.exec();
    QStringList columns, values;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (omitted.contains(name))
            continue;
        columns << name;
        values << (overridden.contains(name) ? QStringLiteral("?") : name);
        if (overridden.contains(name))
            bound->append(name);
    }
    return QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %1 WHERE %4 = ?")
        .arg(table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")), key);
}

struct Copier {
    QSqlQuery query;
    QStringList bound;
    bool byKey = false; // the template's rows are found by its case_key, not its text id
};

// Query codes without a draw: i -> i * k mod 25^8 is one-to-one (k not a multiple of 5).
QString queryCode(qint64 i)
{
    static const QString alphabet = QStringLiteral("34679ACDEFGHJKMNPQRTUVWXY");
    qint64 n = (i * 2654435761LL + 97) % 152587890625LL; // 25^8
    QString code;
    for (int d = 0; d < 8; ++d) {
        code += alphabet.at(int(n % 25));
        n /= 25;
    }
    return code;
}

} // namespace

bool buildStore(ow::Database &db, const StoreShape &shape, QString *error, const std::function<void(int, int)> &progress)
{
    const ow::WorkingCalendar calendar = ow::WorkingCalendar::builtIn();
    const ow::CatalogLoadResult catalog = ow::CatalogLoader::load(QStringLiteral(":/catalog/demo-catalog.json"));
    if (!catalog.ok || !ow::CatalogRepository(db).importCatalog(catalog.data).ok) {
        *error = QStringLiteral("cannot import the demo catalog");
        return false;
    }
    const int templates = std::min(shape.templates, shape.cases);
    const int copies = shape.cases - templates;
    QList<QDate> days; // the working days of the copies, oldest first
    QDate day = shape.lastDay.isValid() ? shape.lastDay : QDate::currentDate().addDays(-1);
    if (!calendar.isWorkingDay(day))
        day = calendar.dueDate(day, -1);
    for (int i = 0; i < std::max(1, (copies + shape.casesPerDay - 1) / shape.casesPerDay); ++i) {
        days.prepend(day);
        day = calendar.dueDate(day, -1);
    }

    // The templates: real decisions on the working days before the copies.
    ow::SeedOptions seed;
    seed.cases = templates;
    seed.seed = shape.seed;
    seed.lastDay = day;
    seed.workingDays = std::max(1, templates / shape.casesPerDay + 1);
    const ow::SeedReport seeded = ow::DemoSeeder(db, calendar).run(seed);
    if (!seeded.ok) {
        *error = seeded.error;
        return false;
    }
    if (progress)
        progress(templates, shape.cases);
    const QSqlDatabase sql = db.db();
    QSqlQuery q(sql);
    QStringList templateIds;
    QList<qint64> templateKeys;
    q.exec(QStringLiteral("SELECT id, case_key FROM cases ORDER BY case_key"));
    while (q.next()) {
        templateIds << q.value(0).toString();
        templateKeys << q.value(1).toLongLong();
    }
    q.finish();

    Copier caseCopy;
    caseCopy.query = QSqlQuery(sql);
    caseCopy.query.prepare(copySql(sql, QStringLiteral("cases"), QStringLiteral("id"),
                                   {QStringLiteral("id"), QStringLiteral("case_number"), QStringLiteral("query_code"),
                                    QStringLiteral("official_number"), QStringLiteral("applicant_id"),
                                    QStringLiteral("previous_case_id"), QStringLiteral("window_no"), QStringLiteral("local_day"),
                                    QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("delivered_at")},
                                   {QStringLiteral("case_key")}, &caseCopy.bound));
    std::vector<Copier> lineCopies;
    for (const char *table : {"case_matters", "case_materials"}) {
        Copier c;
        c.byKey = true;
        c.query = QSqlQuery(sql);
        c.query.prepare(
            copySql(sql, QString::fromLatin1(table), QStringLiteral("case_key"), {QStringLiteral("case_key")}, {}, &c.bound));
        lineCopies.push_back(std::move(c));
    }
    {
        Copier c;
        c.query = QSqlQuery(sql);
        c.query.prepare(
            copySql(sql, QStringLiteral("outbox"), QStringLiteral("case_id"),
                    {QStringLiteral("case_id"), QStringLiteral("state"), QStringLiteral("created_at"), QStringLiteral("sent_at")},
                    {QStringLiteral("id")}, &c.bound));
        lineCopies.push_back(std::move(c));
    }
    QSqlQuery addApplicant(sql);
    addApplicant.prepare(QStringLiteral(
        "INSERT INTO applicants (id, kind, id_number, name, phone, address, legal_representative, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id_number) DO NOTHING"));
    QSqlQuery knownApplicant(sql);
    knownApplicant.prepare(QStringLiteral("SELECT id FROM applicants WHERE id_number = ?"));

    QRandomGenerator rng(shape.seed);
    std::vector<QString> recentApplicants; // who may come back: the last 50,000
    const QDate today = QDate::currentDate();
    int done = 0;
    int currentDay = -1;
    std::array<int, 7> sequence{};
    int officialSeq = 0;
    while (done < copies) {
        const int end = std::min(copies, done + shape.batch);
        const bool ok = db.transaction(
            [&] {
                for (; done < end; ++done) {
                    const int d = int(qint64(done) * days.size() / copies);
                    if (d != currentDay) {
                        currentDay = d;
                        sequence.fill(0);
                        officialSeq = 0;
                    }
                    const QDate on = days.at(d);
                    const int inDay = done - int((qint64(d) * copies + days.size() - 1) / days.size());
                    const QTime time = QTime(9, 0).addSecs(qint64(inDay) * 8 * 3600 / shape.casesPerDay + rng.bounded(20));
                    const QDateTime created = QDateTime(on, time, QTimeZone::systemTimeZone());
                    const int window = 1 + rng.bounded(6);

                    QString applicantId;
                    if (!recentApplicants.empty() && int(rng.bounded(100)) < shape.returningPercent) {
                        applicantId = recentApplicants.at(rng.bounded(int(recentApplicants.size())));
                    } else {
                        ow::Applicant a = int(rng.bounded(100)) < shape.organisationPercent ? ow::demo::randomOrganisation(rng)
                                                                                            : ow::demo::randomPerson(rng, on);
                        a.id = ow::timeOrderedUuid(created);
                        if (!exec(addApplicant,
                                  {a.id, ow::MatterJson::applicantKindKey(a.kind), a.idNumber, a.name, a.phone, a.address,
                                   a.legalRepresentative, iso(created), iso(created)},
                                  error))
                            return false;
                        if (addApplicant.numRowsAffected() == 0) { // the number was drawn before: the same person
                            if (!exec(knownApplicant, {a.idNumber}, error) || !knownApplicant.next())
                                return false;
                            a.id = knownApplicant.value(0).toString();
                            knownApplicant.finish();
                        }
                        applicantId = a.id;
                        if (recentApplicants.size() < 50000)
                            recentApplicants.push_back(applicantId);
                        else
                            recentApplicants[rng.bounded(50000)] = applicantId;
                    }

                    const bool delivered = on.daysTo(today) > 2;
                    const bool official = delivered && int(rng.bounded(100)) < shape.officialPercent;
                    const QString caseId = ow::timeOrderedUuid(created);
                    QMap<QString, QVariant> values{
                        {QStringLiteral("id"), caseId},
                        {QStringLiteral("case_number"), QStringLiteral("DEMO-%1-%2-%3")
                                                            .arg(on.toString(QStringLiteral("yyyyMMdd")))
                                                            .arg(window, 2, 10, QLatin1Char('0'))
                                                            .arg(++sequence[window], 4, 10, QLatin1Char('0'))},
                        {QStringLiteral("query_code"), queryCode(done)},
                        {QStringLiteral("official_number"), official ? QVariant(QStringLiteral("ZW%1%2")
                                                                                    .arg(on.toString(QStringLiteral("yyyyMMdd")))
                                                                                    .arg(++officialSeq, 6, 10, QLatin1Char('0')))
                                                                     : QVariant()},
                        {QStringLiteral("applicant_id"), applicantId},
                        {QStringLiteral("previous_case_id"), QVariant()},
                        {QStringLiteral("window_no"), window},
                        {QStringLiteral("local_day"), on.toString(Qt::ISODate)},
                        {QStringLiteral("created_at"), iso(created)},
                        {QStringLiteral("updated_at"), iso(created)},
                        {QStringLiteral("case_id"), caseId},
                        {QStringLiteral("state"), delivered ? QStringLiteral("sent") : QStringLiteral("pending")},
                        {QStringLiteral("sent_at"), delivered ? QVariant(iso(created.addSecs(60))) : QVariant()},
                        // As Outbox::markSent writes it.
                        {QStringLiteral("delivered_at"), delivered ? QVariant(iso(created.addSecs(60))) : QVariant()},
                    };
                    const int from = int(rng.bounded(int(templateIds.size())));
                    const auto copy = [&](Copier &c) {
                        QVariantList bound;
                        for (const QString &column : c.bound)
                            bound << values.value(column);
                        return exec(c.query,
                                    bound << (c.byKey ? QVariant(templateKeys.at(from)) : QVariant(templateIds.at(from))), error);
                    };
                    if (!copy(caseCopy))
                        return false;
                    values.insert(QStringLiteral("case_key"), caseCopy.query.lastInsertId());
                    for (Copier &c : lineCopies)
                        if (!copy(c))
                            return false;
                }
                return true;
            },
            error);
        if (!ok)
            return false;
        if (progress)
            progress(templates + done, shape.cases);
    }
    // The daily counters where the copies left them, so a new decision on one of these days draws past them.
    q.exec(QStringLiteral("INSERT INTO case_number_sequences (hall_code, day, window_no, last_seq)"
                          " SELECT hall_code, local_day, window_no, max(CAST(substr(case_number, -4) AS INTEGER)) FROM cases"
                          " WHERE true GROUP BY hall_code, local_day, window_no"
                          " ON CONFLICT (hall_code, day, window_no) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)"));
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

} // namespace owbench
