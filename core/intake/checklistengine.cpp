#include "core/intake/checklistengine.h"

#include "core/calendar/workingcalendar.h"

#include <QHash>

namespace ow {

namespace {

// A merged line must be presented in the strictest form any of its matters asks for.
int formRank(MaterialForm form)
{
    switch (form) {
    case MaterialForm::Electronic: return 0;
    case MaterialForm::Copy: return 1;
    case MaterialForm::Original: return 2;
    case MaterialForm::OriginalAndCopy: return 3;
    }
    return 0;
}

enum class Applies { Yes, No, Unknown };

// A situational line applies when every "question=option" condition holds; an unanswered question
// leaves it open, and the question is reported so the clerk asks it.
Applies applies(const MatterMaterial &m, const QMap<QString, QString> &answers, QStringList *unanswered)
{
    if (m.requirement != Requirement::Situational)
        return Applies::Yes;
    Applies result = Applies::Yes;
    for (const QString &condition : m.when) {
        const qsizetype eq = condition.indexOf(u'=');
        const QString question = condition.left(eq);
        const QString option = condition.mid(eq + 1);
        const auto answer = answers.constFind(question);
        if (answer == answers.constEnd()) {
            if (!unanswered->contains(question))
                unanswered->append(question);
            if (result == Applies::Yes)
                result = Applies::Unknown;
        } else if (*answer != option) {
            result = Applies::No;
        }
    }
    return result;
}

// How strongly the matters of an application need one kind; decides optional and 容缺 after merging.
struct Need {
    bool anyRequired = false;  // some matter needs it (not optional)
    bool anyEssential = false; // some matter needs it and allows no deficiency
    // Some matter that needs it offers no commitment: the certificate is needed for that matter anyway.
    bool anyWithoutCommitment = false;
};

} // namespace

ChecklistEngine::ChecklistEngine(const WorkingCalendar &calendar, EngineSettings settings)
    : m_calendar(calendar),
      m_settings(settings)
{}

QList<Situation> ChecklistEngine::mergedSituations(const QList<Matter> &matters)
{
    QList<Situation> merged;
    for (const Matter &matter : matters) {
        for (const Situation &s : matter.situations) {
            auto it = std::find_if(merged.begin(), merged.end(), [&](const Situation &o) { return o.id == s.id; });
            if (it == merged.end()) {
                merged.append(s);
                continue;
            }
            for (const SituationOption &option : s.options) {
                const bool known = std::any_of(it->options.cbegin(), it->options.cend(),
                                               [&](const SituationOption &o) { return o.id == option.id; });
                if (!known)
                    it->options.append(option);
            }
        }
    }
    return merged;
}

Checklist ChecklistEngine::build(const ChecklistRequest &request) const
{
    Checklist checklist;
    checklist.matters = request.matters;
    checklist.bundleCode = request.bundleCode;
    checklist.situations = mergedSituations(request.matters);
    // Keep only answers to questions these matters ask: a stale answer must not switch lines on.
    for (const Situation &s : checklist.situations) {
        const auto answer = request.answers.constFind(s.id);
        if (answer != request.answers.constEnd())
            checklist.answers.insert(s.id, *answer);
    }

    QHash<QString, Need> needs;
    QHash<QString, qsizetype> indexByKind;
    for (const Matter &matter : request.matters) {
        for (const MatterMaterial &m : matter.materials) {
            if (applies(m, checklist.answers, &checklist.unanswered) != Applies::Yes)
                continue;
            const bool optional = m.requirement == Requirement::Optional;
            if (!optional)
                ++checklist.listedCount;
            Need &need = needs[m.kind];
            need.anyRequired |= !optional;
            need.anyEssential |= !optional && !m.deficiencyAllowed;
            need.anyWithoutCommitment |= !optional && !m.commitmentAllowed();

            const auto found = indexByKind.constFind(m.kind);
            if (found != indexByKind.constEnd()) {
                ChecklistLine &line = checklist.lines[*found];
                if (!line.matterCodes.contains(matter.code))
                    line.matterCodes.append(matter.code);
                if (formRank(m.form) > formRank(line.form))
                    line.form = m.form;
                line.copies = std::max(line.copies, m.copies);
                if (line.commitmentBasis.isEmpty())
                    line.commitmentBasis = m.commitmentBasis; // cleared below unless every matter needing it offers it
                if (!m.note.isEmpty() && !line.note.contains(m.note))
                    line.note = line.note.isEmpty() ? m.note : line.note + u"；" + m.note;
                continue;
            }
            ChecklistLine line;
            line.kind = m.kind;
            line.name = m.name;
            line.form = m.form;
            line.copies = m.copies;
            line.note = m.note;
            line.issuer = m.issuer;
            line.howToObtain = m.howToObtain;
            line.legalBasis = m.legalBasis;
            line.validityMonths = m.validityMonths;
            line.perApplication = m.perApplication;
            line.commitmentBasis = m.commitmentBasis;
            line.matterCodes = {matter.code};
            // Fetched by the hall itself: never asked of the applicant (no re-submission rule).
            line.status = (m.dataSharing || m.certificateStore) && m_settings.dataSharingAvailable ? LineStatus::DataSharing
                                                                                                   : LineStatus::ToCollect;
            indexByKind.insert(m.kind, checklist.lines.size());
            checklist.lines.append(line);
        }
    }

    for (ChecklistLine &line : checklist.lines) {
        const Need need = needs.value(line.kind);
        line.optional = !need.anyRequired;
        if (need.anyWithoutCommitment || line.optional)
            line.commitmentBasis.clear();
        if (line.status == LineStatus::DataSharing)
            continue;
        // Collected on an earlier case and still valid today: not asked again. Forms are per application.
        for (const CaseMaterial &earlier : request.reusable) {
            if (line.perApplication || earlier.kind != line.kind || !earlier.received)
                continue;
            if (earlier.validUntil.isValid() && earlier.validUntil < request.today)
                continue;
            if (line.status != LineStatus::Reused || earlier.receivedOn > line.reusedFrom) {
                line.status = LineStatus::Reused;
                line.reusedFrom = earlier.receivedOn;
                line.reusedValidUntil = earlier.validUntil;
            }
        }
        if (line.status == LineStatus::ToCollect && need.anyRequired && !need.anyEssential)
            line.status = LineStatus::DeficiencyAllowed;
    }
    return checklist;
}

Evaluation ChecklistEngine::evaluate(const Checklist &checklist, const QSet<QString> &received, const QDate &today,
                                     const QSet<QString> &committed) const
{
    Evaluation ev;
    ev.unanswered = checklist.unanswered;
    ev.listedCount = checklist.listedCount;
    for (const ChecklistLine &line : checklist.lines) {
        if (!line.askedOfApplicant() || line.optional)
            continue;
        if (received.contains(line.kind)) {
            ++ev.collectedCount;
            continue;
        }
        // Counts as received for the decision, but no paper was collected: the reform's materials figure
        // sees it as not collected, like reuse and data sharing.
        if (committed.contains(line.kind) && line.commitmentAllowed()) {
            ev.committed.append(line);
            continue;
        }
        ev.missing.append(line);
        if (line.status == LineStatus::DeficiencyAllowed)
            ev.missingDeficiency.append(line);
    }
    if (ev.missing.isEmpty())
        ev.suggested = Decision::Accept;
    else if (ev.missing.size() == ev.missingDeficiency.size())
        ev.suggested = Decision::AcceptWithDeficiency;
    else
        ev.suggested = Decision::OneTimeNotice;

    ev.promisedDate = m_calendar.dueDate(today, promisedWorkingDays(checklist.matters));
    if (!ev.missingDeficiency.isEmpty()) {
        ev.supplementDue = m_calendar.dueDate(today, m_settings.supplementWorkingDays);
        // The department cannot finish before the last material is in: under 容缺 the promised time runs
        // from the day the materials are due, so the printed promise holds even if they come on that day.
        ev.promisedDate = m_calendar.dueDate(ev.supplementDue, promisedWorkingDays(checklist.matters));
    }
    return ev;
}

QString ChecklistEngine::refusalReason(Decision decision, const Evaluation &ev, const QString &reason) const
{
    if (decision == Decision::NotAccepted) {
        if (reason.trimmed().isEmpty())
            return tr("Give the reason for not accepting: it is printed on the notice to the applicant.");
        return {};
    }
    if (!ev.unanswered.isEmpty())
        return tr("Answer every situation question first (%n open).", nullptr, int(ev.unanswered.size()));
    switch (decision) {
    case Decision::Accept:
        if (!ev.missing.isEmpty())
            return tr("%n material(s) still missing: accept needs every material.", nullptr, int(ev.missing.size()));
        return {};
    case Decision::AcceptWithDeficiency:
        if (ev.missing.isEmpty())
            return tr("Nothing is missing: accept the application instead.");
        if (ev.missing.size() != ev.missingDeficiency.size())
            return tr("%n missing material(s) cannot follow later: issue a one-time notice instead.", nullptr,
                      int(ev.missing.size() - ev.missingDeficiency.size()));
        return {};
    case Decision::OneTimeNotice:
        if (ev.missing.isEmpty())
            return tr("Nothing is missing: a one-time notice would be empty. Accept the application.");
        return {};
    case Decision::NotAccepted: break;
    }
    return {};
}

QList<MatterMaterial> ChecklistEngine::mergedMaterials(const QList<Matter> &matters)
{
    QList<MatterMaterial> merged;
    for (const Matter &matter : matters) {
        for (const MatterMaterial &m : matter.materials) {
            auto same = std::find_if(merged.begin(), merged.end(),
                                     [&](const MatterMaterial &o) { return o.kind == m.kind && o.when == m.when; });
            if (same == merged.end()) {
                merged.append(m);
                continue;
            }
            if (formRank(m.form) > formRank(same->form))
                same->form = m.form;
            same->copies = std::max(same->copies, m.copies);
            same->deficiencyAllowed = same->deficiencyAllowed && m.deficiencyAllowed;
            if (m.requirement == Requirement::Required)
                same->requirement = Requirement::Required;
        }
    }
    return merged;
}

int ChecklistEngine::promisedWorkingDays(const QList<Matter> &matters)
{
    int days = 0;
    for (const Matter &m : matters)
        days = std::max(days, m.promisedLimitDays);
    return days;
}

} // namespace ow
