#include "core/workflow/casedetails.h"

#include "core/calendar/workingcalendar.h"
#include "core/domain/identifiers.h"
#include "core/storage/applicantrepository.h"
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"

#include <QFileInfo>

namespace ow {

namespace {

struct CaseDetailsText {
    Q_DECLARE_TR_FUNCTIONS(ow::CaseDetails)
};

LineSource sourceOf(const CaseMaterial &m, const Case &c)
{
    if (m.status == LineStatus::Reused)
        return LineSource::Reused;
    if (m.status == LineStatus::DataSharing)
        return LineSource::DataSharing;
    if (m.status == LineStatus::Commitment)
        return LineSource::Commitment;
    if (m.received)
        return LineSource::Collected;
    if (m.optional)
        return LineSource::OptionalSkip;
    // Owed under 容缺 only while the case waits for it; otherwise the notice or the refusal listed it.
    return c.status == CaseStatus::AwaitingSupplement && m.owed() ? LineSource::Owed : LineSource::NotBrought;
}

bool timeLimitRuns(CaseStatus status)
{
    return status == CaseStatus::Accepted || status == CaseStatus::AwaitingSupplement || status == CaseStatus::InProgress;
}

QList<CaseDetailsAnswer> answersOf(const Case &c, const QList<Matter> &matters)
{
    QList<CaseDetailsAnswer> out;
    QStringList seen;
    for (const Matter &m : matters)
        for (const Situation &s : m.situations) {
            if (seen.contains(s.id) || !c.answers.contains(s.id))
                continue;
            seen << s.id;
            const QString option = c.answers.value(s.id);
            QString text = option;
            for (const SituationOption &o : s.options)
                if (o.id == option)
                    text = o.text;
            out.append({s.question, text});
        }
    // Answers to a question no pinned version holds any more are still shown, by their ids.
    for (auto it = c.answers.cbegin(); it != c.answers.cend(); ++it)
        if (!seen.contains(it.key()))
            out.append({it.key(), it.value()});
    return out;
}

} // namespace

QString lineSourceText(const CaseDetailsLine &line)
{
    switch (line.source) {
    case LineSource::Collected:
        return line.receivedOn.isValid() ? CaseDetailsText::tr("Collected on %1").arg(line.receivedOn.toString(Qt::ISODate))
                                         : CaseDetailsText::tr("Collected");
    case LineSource::Reused:
        return line.reusedFrom.isEmpty()
                   ? CaseDetailsText::tr("Reused from an earlier case (collected %1)").arg(line.receivedOn.toString(Qt::ISODate))
                   : CaseDetailsText::tr("Reused from case %1").arg(line.reusedFrom);
    case LineSource::DataSharing: return CaseDetailsText::tr("Data sharing");
    case LineSource::Owed: return CaseDetailsText::tr("Owed until %1").arg(line.owedUntil.toString(Qt::ISODate));
    case LineSource::NotBrought: return CaseDetailsText::tr("Not brought");
    case LineSource::OptionalSkip: return CaseDetailsText::tr("Optional, not brought");
    case LineSource::Commitment: return CaseDetailsText::tr("Replaced by the applicant's commitment (告知承诺制)");
    }
    return {};
}

QString platformStatusName(const QString &key)
{
    if (key == u"accepted")
        return CaseDetailsText::tr("Accepted by the platform");
    if (key == u"in_progress")
        return CaseDetailsText::tr("In progress");
    if (key == u"completed")
        return CaseDetailsText::tr("Completed");
    if (key == u"delivered")
        return CaseDetailsText::tr("Result at the hall");
    return key;
}

std::optional<CaseDetails> CaseDesk::details(const QString &caseId, const QDate &today) const
{
    const std::optional<CaseDeskEntry> entry = summary(caseId);
    if (!entry)
        return std::nullopt;
    CaseDetails d;
    d.entry = *entry;
    const Case &c = d.entry.caseData;
    // A pseudonym (retention, docs/adr/0023-retention.md) is no number to mask or reveal.
    d.idNumberRemoved = ApplicantRepository::isPseudonym(d.entry.applicant.idNumber);
    if (!d.idNumberRemoved)
        d.maskedIdNumber = maskIdNumber(d.entry.applicant.idNumber);

    const CatalogRepository catalog(m_database);
    QList<Matter> pinned;
    for (const auto &[code, version] : c.matters) {
        CaseDetailsMatter m{code, code, {}, version, catalog.currentVersion(code)};
        if (const std::optional<Matter> matter = catalog.matterVersion(code, version)) {
            m.name = matter->name;
            m.department = matter->department;
            pinned << *matter;
        }
        d.matters << m;
    }
    d.answers = answersOf(c, pinned);

    const CaseHistory history(m_database);
    for (const CaseMaterial &m : c.materials) {
        CaseDetailsLine line{m.name, m.kind, sourceOf(m, c), m.receivedOn, {}, {}, m.optional};
        if (line.source == LineSource::Owed)
            line.owedUntil = c.supplementDue;
        if (line.source == LineSource::Reused)
            line.reusedFrom = history.reusedFrom(c.applicantId, m.kind, m.receivedOn, c.id);
        d.lines << line;
    }

    if (timeLimitRuns(c.status) && c.promisedDate.isValid()) {
        static const WorkingCalendar builtIn = WorkingCalendar::builtIn();
        d.workingDaysLeft = (m_calendar ? *m_calendar : builtIn).workingDaysBetween(today, c.promisedDate);
    }
    if (!c.previousCaseId.isEmpty())
        if (const std::optional<Case> previous = CaseRepository(m_database).byId(c.previousCaseId))
            d.previousCaseNumber = previous->caseNumber;

    for (const DocumentIssue &issue : history.issues(c.id)) {
        DocumentKind kind{};
        const QString title = documentKindFromKey(issue.kind, &kind) ? documentTitle(kind) : issue.kind;
        d.documents << CaseDetailsDocument{issue.kind,
                                           title,
                                           issue.reprint,
                                           issue.issuedAt,
                                           issue.clerk,
                                           issue.file,
                                           !issue.file.isEmpty() && QFileInfo::exists(issue.file)};
    }
    d.moves = history.moves(c.id);
    d.tickets = history.tickets(c.caseNumber);
    AuditFilter filter;
    filter.caseNumber = c.caseNumber;
    d.audit = AuditQuery(m_database).page(filter, 0, 500);
    return d;
}

} // namespace ow
