#pragma once
// The counter's decision as the benchmarks make it: a window with its audit trail (one audit row per
// decision, as the counter program has it) and a typical matter ready to decide. Shared so that
// onewindow-bench-foundation, -store and -counter time the same work and their figures compare.

#include "core/calendar/workingcalendar.h"
#include "core/demo/demoidentities.h"
#include "core/security/audittrail.h"
#include "core/storage/database.h"
#include "core/workflow/intakeservice.h"

#include <QDate>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

#include <optional>

namespace owbench {

// An intake window at station BENCH 1 that writes the audit trail and has the catalog loaded.
struct BenchWindow {
    ow::AuditTrail audit;
    ow::IntakeService intake;
    BenchWindow(ow::Database &db, const ow::WorkingCalendar &calendar, const QString &clerk)
        : audit(db),
          intake(db, calendar, {}, ow::Station{QStringLiteral("BENCH"), 1, clerk})
    {
        intake.setAuditTrail(&audit);
        intake.reloadCatalog();
    }
};

// A session ready to accept and the materials it is accepted with.
struct TypicalIntake {
    ow::IntakeSession session;
    QSet<QString> received;
};

// A typical matter with situations, 食品经营许可（新办）, for a random applicant: every situation answered
// with its first option and all materials brought. Nothing (with *error) when the session cannot start.
inline std::optional<TypicalIntake> startTypicalIntake(const ow::IntakeService &intake, QRandomGenerator &rng, const QDate &today,
                                                       QString *error)
{
    std::optional<ow::IntakeSession> session =
        intake.start(ow::demo::randomPerson(rng, today), QStringLiteral("SCJG-XK-0006"), {}, today, error);
    if (!session)
        return std::nullopt;
    QMap<QString, QString> answers;
    for (const ow::Situation &s : session->checklist.situations)
        answers.insert(s.id, s.options.first().id);
    intake.answer(*session, answers);
    TypicalIntake typical{*session, {}};
    for (const ow::ChecklistLine &l : typical.session.checklist.lines)
        if (l.askedOfApplicant())
            typical.received.insert(l.kind);
    return typical;
}

} // namespace owbench
