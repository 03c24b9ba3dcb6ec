// The victim of test_crash_recovery: opens a database, imports a tiny catalog, then commits decisions
// (and return trips, and outbox progress) in an endless loop until it is killed. After each commit has
// returned it prints "COMMITTED <case number>" and flushes, so the parent knows exactly what was promised.
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/database.h"
#include "core/storage/outbox.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

ow::CatalogData tinyCatalog()
{
    ow::CatalogData data;
    data.catalogVersion = u"crash-1"_s;
    data.materialKinds = {{u"ID_CARD"_s, u"居民身份证"_s, u"公安机关"_s, {}, {}, 0, false, false, false, {}},
                          {u"FORM"_s, u"申请表"_s, u"申请人"_s, {}, {}, 0, false, false, false, {}},
                          {u"LEASE"_s, u"租赁合同"_s, u"申请人"_s, {}, {}, 0, false, false, false, {}}};
    for (const QString &code : {u"C001"_s, u"C002"_s}) {
        ow::Matter m;
        m.code = code;
        m.name = u"事项 "_s + code;
        m.type = u"公共服务"_s;
        m.department = u"街道办事处"_s;
        m.legalLimitDays = 10;
        m.promisedLimitDays = 5;
        for (const QString &kind : {u"ID_CARD"_s, u"FORM"_s, u"LEASE"_s}) {
            ow::MatterMaterial line;
            line.kind = kind;
            line.name = kind;
            line.deficiencyAllowed = kind == u"LEASE"_s;
            m.materials.append(line);
        }
        data.matters.append(m);
    }
    return data;
}

void say(const QByteArray &line)
{
    // One write of a whole line, then flush: the parent never sees half a number.
    std::fputs(line.constData(), stdout);
    std::fflush(stdout);
}

int failed(const char *what, const QString &error)
{
    std::fprintf(stderr, "ERROR %s: %s\n", what, qPrintable(error));
    return 1;
}

ow::Applicant randomApplicant(QRandomGenerator *rng)
{
    ow::Applicant applicant;
    applicant.idNumber = u"1101011990030%1"_s.arg(rng->bounded(10000, 99999));
    applicant.name = u"申请人"_s;
    return applicant;
}

// A decision on one of the catalog's matters, picked at random: accepted, accepted with deficiency, or a notice.
ow::Case randomCase(const ow::CatalogData &catalog, quint64 n, QRandomGenerator *rng)
{
    ow::Case c;
    c.hallCode = u"CRASH"_s;
    c.window = 1 + int(n % 3);
    c.clerk = u"crash"_s;
    const int pick = rng->bounded(4);
    c.decision = pick == 0 ? ow::Decision::AcceptWithDeficiency : pick == 1 ? ow::Decision::OneTimeNotice : ow::Decision::Accept;
    c.status = pick == 0 ? ow::CaseStatus::AwaitingSupplement : pick == 1 ? ow::CaseStatus::Notified : ow::CaseStatus::Accepted;
    const ow::Matter &matter = catalog.matters.at(rng->bounded(int(catalog.matters.size())));
    c.matters = {{matter.code, matter.version}};
    for (const ow::MatterMaterial &line : matter.materials) {
        ow::CaseMaterial m;
        m.kind = line.kind;
        m.name = line.name;
        m.matterCodes = {matter.code};
        m.status = c.decision == ow::Decision::AcceptWithDeficiency && line.deficiencyAllowed ? ow::LineStatus::DeficiencyAllowed
                                                                                              : ow::LineStatus::ToCollect;
        m.received = c.decision == ow::Decision::Accept || m.status == ow::LineStatus::ToCollect;
        m.receivedOn = m.received ? QDate::currentDate() : QDate();
        c.materials.append(m);
    }
    c.listedCount = int(c.materials.size());
    return c;
}

// Moves the outbox along too, so kills also land between sending and sent: a few rows sent, some retried.
bool advanceOutbox(ow::Outbox &outbox, QRandomGenerator *rng, QString *error)
{
    const QList<ow::OutboxItem> due = outbox.pending(2);
    QList<qint64> ids;
    for (const ow::OutboxItem &item : due)
        ids << item.id;
    if (ids.isEmpty() || !outbox.markSending(ids, error))
        return true;
    for (qint64 id : ids) {
        const bool ok = rng->bounded(5) == 0 ? outbox.scheduleRetry(id, QDateTime::currentDateTimeUtc(), u"HTTP 503"_s, error)
                                             : outbox.markSent(id, u"GOV-%1"_s.arg(id), error);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"onewindow.*.info=false\nonewindow.*.debug=false"_s);
    if (argc < 2) {
        std::fputs("usage: crash_child DATABASE\n", stderr);
        return 2;
    }
    ow::Database db;
    QString error;
    if (!db.open(QString::fromLocal8Bit(argv[1]), &error))
        return failed("open", error);
    ow::Outbox outbox(db);
    if (outbox.resetStaleSending(&error) < 0)
        return failed("reset", error);
    ow::CatalogRepository catalogs(db);
    const ow::ImportReport imported = catalogs.importCatalog(tinyCatalog());
    if (!imported.ok)
        return failed("import", imported.error);
    const ow::CatalogData catalog = catalogs.loadCurrent();
    ow::CaseRepository cases(db);
    QRandomGenerator *rng = QRandomGenerator::global();

    QString awaiting; // the last case accepted with deficiency, for a return trip
    for (quint64 n = 0;; ++n) {
        const ow::Applicant applicant = randomApplicant(rng);
        ow::Case c = randomCase(catalog, n, rng);
        if (!cases.commitDecision(c, applicant, &error))
            return failed("commit", error);
        say("COMMITTED " + c.caseNumber.toUtf8() + '\n');

        if (c.decision == ow::Decision::AcceptWithDeficiency) {
            if (!awaiting.isEmpty() && !cases.recordSupplement(awaiting, {u"LEASE"_s}, QDate::currentDate(), &error))
                return failed("supplement", error);
            awaiting = c.id;
        }
        if (!advanceOutbox(outbox, rng, &error))
            return failed("outbox", error);
    }
}
