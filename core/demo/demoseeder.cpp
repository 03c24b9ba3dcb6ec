#include "core/demo/demoseeder.h"

#include "core/calendar/workingcalendar.h"
#include "core/demo/demoidentities.h"
#include "core/security/audittrail.h"
#include "core/storage/caserepository.h"
#include "core/storage/database.h"
#include "core/storage/outbox.h"
#include "core/workflow/intakeservice.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <array>
#include <memory>

namespace ow {

namespace {

const std::array<const char *, 5> kNotAcceptedReasons{
    "申请事项不属于本中心受理范围，请向市级政务服务中心申请",
    "申请人不具备申请资格：经营场所位于居民住宅楼内，不符合食品经营场所要求",
    "申请材料存在涂改，且申请人无法当场更正",
    "该事项已由其他部门依法受理，不得重复申请",
    "申请人无法提供有效身份证明，且拒绝当场核验",
};

// Which lines the applicant hands over for the outcome we want; returns the decision to take.
Decision chooseTicks(QRandomGenerator &rng, const IntakeSession &session, const Evaluation &full, QSet<QString> *received,
                     QString *reason)
{
    QStringList asked, essential, deferrable;
    for (const ChecklistLine &line : session.checklist.lines) {
        if (!line.askedOfApplicant())
            continue;
        if (line.optional) {
            if (rng.bounded(2))
                received->insert(line.kind); // sometimes the applicant brings the optional ones too
            continue;
        }
        asked << line.kind;
        (line.status == LineStatus::DeficiencyAllowed ? deferrable : essential) << line.kind;
    }
    for (const QString &kind : asked)
        received->insert(kind);
    Q_UNUSED(full);

    // A return visit after a one-time notice brings everything: that is the point of 一次告知.
    const int roll = session.previousNotice ? 0 : rng.bounded(100);
    if (roll < 62)
        return Decision::Accept;
    if (roll < 77 && !deferrable.isEmpty()) {
        const int missing = 1 + rng.bounded(int(deferrable.size()));
        for (int i = 0; i < missing; ++i)
            received->remove(deferrable.at(i));
        return Decision::AcceptWithDeficiency;
    }
    if (roll < 94 && !essential.isEmpty()) {
        const int missing = 1 + rng.bounded(std::min<int>(2, int(essential.size())));
        for (int i = 0; i < missing; ++i)
            received->remove(essential.at(rng.bounded(int(essential.size()))));
        return Decision::OneTimeNotice;
    }
    if (roll >= 94) {
        *reason = QString::fromUtf8(kNotAcceptedReasons[rng.bounded(int(kNotAcceptedReasons.size()))]);
        return Decision::NotAccepted;
    }
    return Decision::Accept;
}

} // namespace

DemoSeeder::DemoSeeder(Database &database, const WorkingCalendar &calendar)
    : m_database(database),
      m_calendar(calendar)
{}

// The case's latest revision through the sync's own steps, confirmed at sentAt.
bool DemoSeeder::deliver(const QString &caseId, const QDateTime &sentAt, QString *error)
{
    Outbox outbox(m_database);
    const std::optional<OutboxItem> item = outbox.latestForCase(caseId);
    return item && outbox.markSending({item->id}, error) && outbox.markSent(item->id, {}, error, sentAt);
}

SeedReport DemoSeeder::run(const SeedOptions &options, const std::function<void(int)> &progress)
{
    SeedReport report;
    QRandomGenerator rng(options.seed);

    // One service per window: each window numbers its own cases. Their decisions are audited like a
    // counter's, so the supervisor's audit view and its chain have something real to show.
    AuditTrail audit(m_database);
    std::vector<std::unique_ptr<IntakeService>> windows;
    for (int w = 1; w <= std::max(1, options.windows); ++w) {
        Station station{options.hallCode, w, QStringLiteral("demo%1").arg(w, 2, 10, QLatin1Char('0'))};
        auto service = std::make_unique<IntakeService>(m_database, m_calendar, EngineSettings{}, station);
        service->setAuditTrail(&audit);
        QString error;
        if (!service->reloadCatalog(&error)) {
            report.error = error;
            return report;
        }
        windows.push_back(std::move(service));
    }
    const CatalogData &catalog = windows.front()->catalog();
    if (catalog.matters.isEmpty()) {
        report.error = tr("The database has no catalog: import one first (onewindowctl import-catalog).");
        return report;
    }

    QList<QDate> days;
    QDate day = options.lastDay;
    if (!m_calendar.isWorkingDay(day))
        day = m_calendar.dueDate(day, -1);
    for (int i = 0; i < std::max(1, options.workingDays); ++i) {
        days.prepend(day);
        day = m_calendar.dueDate(day, -1);
    }

    QList<Applicant> returning; // applicants who come back for something else: reuse of their materials
    struct Return {
        Applicant applicant;
        QString target;
    };
    QList<Return> notified; // applicants told what is missing, who come back with it: the second trip
    struct Deferred {
        QString caseId;
        QDate day;
        QStringList missing;
        QString hallCode;
        int window = 0;
        QString clerk;
    };
    QList<Deferred> deferred;

    for (int n = 0; n < options.cases; ++n) {
        // Cases move forward through the days, so a returning applicant comes back later, not earlier.
        const QDate today = days.at(int(qint64(n) * days.size() / std::max(1, options.cases)));
        const QTime time(9 + rng.bounded(8), rng.bounded(60), rng.bounded(60));
        const QDateTime now = QDateTime(today, time, QTimeZone::systemTimeZone()).toUTC();

        Applicant applicant;
        QString target;
        if (!notified.isEmpty() && rng.bounded(100) < 15) {
            const Return back = notified.takeAt(rng.bounded(int(notified.size())));
            applicant = back.applicant;
            target = back.target;
        } else {
            if (!returning.isEmpty() && rng.bounded(100) < 25)
                applicant = returning.at(rng.bounded(int(returning.size())));
            else
                applicant = rng.bounded(100) < 20 ? demo::randomOrganisation(rng) : demo::randomPerson(rng, today);
            if (!catalog.bundles.isEmpty() && rng.bounded(100) < 15)
                target = catalog.bundles.at(rng.bounded(int(catalog.bundles.size()))).code;
            else
                target = catalog.matters.at(rng.bounded(int(catalog.matters.size()))).code;
        }

        const IntakeService &service = *windows.at(rng.bounded(int(windows.size())));
        QString error;
        std::optional<IntakeSession> session = service.start(applicant, target, {}, today, &error);
        if (!session) {
            report.error = error;
            return report;
        }
        QMap<QString, QString> answers;
        for (const Situation &s : session->checklist.situations)
            answers.insert(s.id, s.options.at(rng.bounded(int(s.options.size()))).id);
        service.answer(*session, answers);

        QSet<QString> received;
        QString reason;
        const Decision decision = chooseTicks(rng, *session, service.evaluate(*session, {}), &received, &reason);
        const DecisionResult result = service.decide(*session, received, decision, reason, now);
        if (!result.ok) {
            report.error = result.error;
            return report;
        }
        const Case &c = result.savedCase;
        if (options.delivered && !deliver(c.id, now.addSecs(60), &report.error))
            return report;
        ++report.committed;
        ++report.byDecision[c.decision];
        report.bundleCases += c.bundleCode.isEmpty() ? 0 : 1;
        report.organisationCases += session->applicant.kind == ApplicantKind::Organisation ? 1 : 0;
        report.returnVisits += c.previousCaseId.isEmpty() ? 0 : 1;
        for (const ChecklistLine &line : session->checklist.lines)
            report.reusedLines += line.status == LineStatus::Reused ? 1 : 0;

        Applicant saved = session->applicant;
        saved.id = c.applicantId;
        if (c.decision == Decision::OneTimeNotice && rng.bounded(100) < 80)
            notified << Return{saved, target};
        else if (rng.bounded(100) < 30)
            returning << saved;
        if (c.decision == Decision::AcceptWithDeficiency) {
            Deferred d{c.id, c.supplementDue, {}, c.hallCode, c.window, c.clerk};
            for (const CaseMaterial &m : c.materials)
                if (m.status == LineStatus::DeficiencyAllowed && !m.received)
                    d.missing << m.kind;
            deferred << d;
        }
        if (progress)
            progress(report.committed);
    }

    // Most applicants bring the deferred materials back before they are due; some are still outstanding.
    CaseRepository cases(m_database);
    for (const Deferred &d : deferred) {
        if (rng.bounded(100) >= 60 || d.day > options.lastDay)
            continue;
        QString error;
        const QDateTime at(d.day, QTime(10, 0), QTimeZone::systemTimeZone());
        const bool saved = m_database.transaction(
            [&] {
                return cases.recordSupplement(d.caseId, d.missing, d.day, &error)
                       && audit.append({at.toUTC(), d.clerk, d.hallCode, d.window, QStringLiteral("supplement"), d.caseId,
                                        d.missing.join(u',')},
                                       &error);
            },
            &error);
        if (!saved) {
            report.error = error;
            return report;
        }
        if (options.delivered && !deliver(d.caseId, at.addSecs(60), &report.error))
            return report;
        ++report.supplements;
    }
    report.ok = true;
    return report;
}

} // namespace ow
