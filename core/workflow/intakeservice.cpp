#include "core/workflow/intakeservice.h"

#include "core/calendar/workingcalendar.h"
#include "core/domain/identifiers.h"
#include "core/security/audittrail.h"
#include "core/storage/applicantrepository.h"
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/database.h"

namespace ow {

IntakeService::IntakeService(Database &database, const WorkingCalendar &calendar, EngineSettings settings, Station station)
    : m_database(database),
      m_engine(calendar, settings),
      m_station(std::move(station))
{}

bool IntakeService::reloadCatalog(QString *error)
{
    QString loadError;
    CatalogData data = CatalogRepository(m_database).loadCurrent(&loadError);
    if (!loadError.isEmpty()) {
        if (error)
            *error = loadError;
        return false;
    }
    m_catalog = std::move(data);
    return true;
}

QList<Matter> IntakeService::mattersFor(const QString &matterOrBundle, QString *bundleCode) const
{
    if (const Matter *m = m_catalog.matter(matterOrBundle))
        return {*m};
    QList<Matter> matters;
    if (const Bundle *b = m_catalog.bundle(matterOrBundle)) {
        *bundleCode = b->code;
        for (const QString &code : b->matterCodes)
            if (const Matter *m = m_catalog.matter(code))
                matters << *m;
    }
    return matters;
}

ChecklistRequest IntakeService::requestFor(const IntakeSession &session, const QMap<QString, QString> &answers) const
{
    ChecklistRequest r;
    r.matters = session.checklist.matters;
    r.bundleCode = session.checklist.bundleCode;
    r.answers = answers;
    r.reusable = session.reusable;
    r.today = session.today;
    return r;
}

std::optional<IntakeSession> IntakeService::start(const Applicant &applicant, const QString &matterOrBundle,
                                                  const QMap<QString, QString> &answers, const QDate &today, QString *error) const
{
    const IdCheck id = checkIdentifier(applicant.idNumber, today);
    if (!id.valid) {
        if (error)
            *error = id.reason;
        return std::nullopt;
    }
    QString bundleCode;
    const QList<Matter> matters = mattersFor(matterOrBundle, &bundleCode);
    if (matters.isEmpty()) {
        if (error)
            *error = tr("No matter or bundle with the code %1 is in force.").arg(matterOrBundle);
        return std::nullopt;
    }

    IntakeSession session;
    session.today = today;
    session.applicant = applicant;
    session.applicant.idNumber = id.normalized;
    session.applicant.kind = id.kind == IdKind::CreditCode ? ApplicantKind::Organisation : ApplicantKind::Person;

    const ApplicantRepository applicants(m_database);
    if (const std::optional<Applicant> known = applicants.findByIdNumber(id.normalized)) {
        // 一表申请: what the hall already holds fills what the clerk left empty.
        session.knownApplicant = true;
        session.applicant.id = known->id;
        for (auto [field, stored] :
             {std::pair{&session.applicant.name, known->name}, std::pair{&session.applicant.phone, known->phone},
              std::pair{&session.applicant.address, known->address},
              std::pair{&session.applicant.legalRepresentative, known->legalRepresentative}}) {
            if (field->trimmed().isEmpty())
                *field = stored;
        }
        session.reusable = applicants.reusableMaterials(known->id, today);
        QStringList codes;
        for (const Matter &m : matters)
            codes << m.code;
        session.previousNotice = applicants.openNotice(known->id, codes);
    }

    session.checklist.matters = matters;
    session.checklist.bundleCode = bundleCode;
    session.checklist = m_engine.build(requestFor(session, answers));
    return session;
}

std::optional<IntakeSession> IntakeService::preview(const QString &matterOrBundle, const QMap<QString, QString> &answers,
                                                    const QDate &today) const
{
    QString bundleCode;
    const QList<Matter> matters = mattersFor(matterOrBundle, &bundleCode);
    if (matters.isEmpty())
        return std::nullopt;
    IntakeSession session;
    session.today = today;
    session.checklist.matters = matters;
    session.checklist.bundleCode = bundleCode;
    session.checklist = m_engine.build(requestFor(session, answers));
    return session;
}

std::optional<Applicant> IntakeService::knownApplicant(const QString &idNumber) const
{
    return ApplicantRepository(m_database).findByIdNumber(idNumber);
}

void IntakeService::answer(IntakeSession &session, const QMap<QString, QString> &answers) const
{
    session.checklist = m_engine.build(requestFor(session, answers));
}

Evaluation IntakeService::evaluate(const IntakeSession &session, const QSet<QString> &received,
                                   const QSet<QString> &committed) const
{
    return m_engine.evaluate(session.checklist, received, session.today, committed);
}

DecisionResult IntakeService::decide(const IntakeSession &session, const QSet<QString> &received, Decision decision,
                                     const QString &reason, const QDateTime &now, const QSet<QString> &committed) const
{
    DecisionResult result;
    if (session.applicant.name.trimmed().isEmpty()) {
        result.error = tr("Enter the applicant's name.");
        return result;
    }
    if (session.delivery == DeliveryMethod::ByPost && session.deliveryAddress.trimmed().isEmpty()) {
        result.error = tr("Enter the address the result is to be posted to.");
        return result;
    }
    const Evaluation ev = evaluate(session, received, committed);
    result.error = m_engine.refusalReason(decision, ev, reason);
    if (!result.error.isEmpty())
        return result;

    IntakeContext context;
    context.hallCode = m_station.hallCode;
    context.window = m_station.window;
    context.clerk = m_station.clerk;
    context.now = now;
    context.applicantId = session.applicant.id;
    context.previousNotice = session.previousNotice;
    Case c = buildCase(session.checklist, ev, received, decision, reason, context);
    c.delivery = session.delivery;
    c.deliveryAddress = session.delivery == DeliveryMethod::ByPost ? session.deliveryAddress.trimmed() : QString();
    QString error;
    const bool saved = m_database.transaction(
        [&] {
            if (!CaseRepository(m_database).commitDecision(c, session.applicant, &error))
                return false;
            return !m_audit
                   || m_audit->append({now.toUTC(), m_station.clerk, m_station.hallCode, m_station.window,
                                       QStringLiteral("decision"), c.id, decisionKey(decision)},
                                      &error);
        },
        &error);
    if (!saved) {
        result.error = tr("The decision was not saved: %1").arg(error);
        return result;
    }
    result.ok = true;
    result.savedCase = c;
    return result;
}

} // namespace ow
