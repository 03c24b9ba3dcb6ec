#pragma once
// The checklist engine: from matters, situation answers and the applicant's history to the list of
// materials, and from the clerk's ticks to the decision the rules allow (一次告知, 容缺受理, 不再重复提交).

#include "core/calendar/workingcalendar.h"
#include "core/intake/checklist.h"

#include <QCoreApplication>

namespace ow {

struct ChecklistRequest {
    QList<Matter> matters; // one matter, or every matter of a bundle
    QString bundleCode;
    QMap<QString, QString> answers; // situation id -> option id
    QList<CaseMaterial> reusable;   // received on earlier cases and still valid today
    QDate today;
};

struct EngineSettings {
    int supplementWorkingDays = 5; // 容缺: how long the applicant has to bring what is missing
    // Materials the hall can fetch itself are marked "by data sharing" only when this is on; a hall whose
    // data-sharing link is down switches it off and collects the paper instead.
    bool dataSharingAvailable = true;
};

class ChecklistEngine
{
    Q_DECLARE_TR_FUNCTIONS(ow::ChecklistEngine)

public:
    explicit ChecklistEngine(const WorkingCalendar &calendar, EngineSettings settings = {});

    // The situation questions of these matters, merged by id (a bundle asks a shared question once).
    static QList<Situation> mergedSituations(const QList<Matter> &matters);

    Checklist build(const ChecklistRequest &request) const;

    // received: the kinds the clerk has ticked. today: the decision day. committed: the kinds the clerk
    // marked "replaced by commitment"; a kind whose line allows no commitment is ignored (stays missing).
    Evaluation evaluate(const Checklist &checklist, const QSet<QString> &received, const QDate &today,
                        const QSet<QString> &committed = {}) const;

    // Why the clerk may not take this decision now; empty when allowed.
    QString refusalReason(Decision decision, const Evaluation &evaluation, const QString &reason) const;

    // Every material line of these matters, a kind asked by several matters listed once (the bundle's
    // material list before any situation is answered); situational lines keep their conditions.
    static QList<MatterMaterial> mergedMaterials(const QList<Matter> &matters);

    // The working days promised for the application: the longest promise among its matters.
    static int promisedWorkingDays(const QList<Matter> &matters);

    const EngineSettings &settings() const { return m_settings; }

private:
    WorkingCalendar m_calendar; // a copy (implicitly shared data): the engine never outlives its calendar
    EngineSettings m_settings;
};

} // namespace ow
