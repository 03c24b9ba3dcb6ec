#include "core/workflow/casedesk.h"

#include "core/security/audittrail.h"
#include "core/storage/applicantrepository.h"
#include "core/storage/casehistory.h"
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/database.h"
#include "core/storage/handoverrepository.h"
#include "core/storage/outbox.h"

namespace ow {

QString syncStateName(SyncState state)
{
    switch (state) {
    case SyncState::SavedHere: return QCoreApplication::translate("ow::CaseDesk", "Saved here");
    case SyncState::Sending: return QCoreApplication::translate("ow::CaseDesk", "Sending");
    case SyncState::Synced: return QCoreApplication::translate("ow::CaseDesk", "Synced");
    case SyncState::Refused: return QCoreApplication::translate("ow::CaseDesk", "Refused by the platform");
    }
    return {};
}

CaseDesk::CaseDesk(Database &database, AuditTrail *audit, DocumentStation station)
    : m_database(database),
      m_audit(audit),
      m_station(std::move(station))
{}

QHash<QString, QString> CaseDesk::bundleNames() const
{
    QHash<QString, QString> names;
    for (const Bundle &b : CatalogRepository(m_database).loadCurrent().bundles)
        names.insert(b.code, b.name);
    return names;
}

CaseDeskEntry CaseDesk::summarise(const Case &c, const QHash<QString, QString> &bundleNames) const
{
    CaseDeskEntry s;
    s.caseData = c;
    if (const std::optional<Applicant> a = ApplicantRepository(m_database).byId(c.applicantId))
        s.applicant = *a;
    const CatalogRepository catalog(m_database);
    QStringList names;
    for (const auto &[code, version] : c.matters)
        if (const std::optional<Matter> m = catalog.matterVersion(code, version))
            names << m->name;
    s.title = names.join(QStringLiteral("、"));
    if (!c.bundleCode.isEmpty())
        s.title = bundleNames.value(c.bundleCode, s.title);
    if (const std::optional<OutboxItem> item = Outbox(m_database).latestForCase(c.id)) {
        switch (item->state) {
        case OutboxState::Pending: s.sync = SyncState::SavedHere; break;
        case OutboxState::Sending: s.sync = SyncState::Sending; break;
        case OutboxState::Sent: s.sync = SyncState::Synced; break;
        case OutboxState::Parked:
            s.sync = SyncState::Refused;
            s.syncDetail = item->lastError;
            break;
        }
    } else {
        // Every decision writes a row; none left means retention removed them, all delivered (delivered_at).
        s.sync = SyncState::Synced;
    }
    return s;
}

QList<CaseDeskEntry> CaseDesk::find(const QString &text, int limit, const QDate &day) const
{
    const CaseRepository cases(m_database);
    const QList<Case> found = text.trimmed().isEmpty() ? cases.forDay(day) : cases.search(text.trimmed(), limit);
    // The catalog is read once per list, not once per bundle case.
    const QHash<QString, QString> names = found.isEmpty() ? QHash<QString, QString>() : bundleNames();
    QList<CaseDeskEntry> out;
    for (const Case &c : found) {
        if (out.size() >= limit)
            break;
        out << summarise(c, names);
    }
    return out;
}

std::optional<CaseDeskEntry> CaseDesk::summary(const QString &caseId) const
{
    const std::optional<Case> c = CaseRepository(m_database).byId(caseId);
    if (!c)
        return std::nullopt;
    return summarise(*c, c->bundleCode.isEmpty() ? QHash<QString, QString>() : bundleNames());
}

CaseDocument CaseDesk::document(const CaseDeskEntry &summary, DocumentKind kind, const QDateTime &printedAt) const
{
    CaseDocument d;
    d.kind = kind;
    d.station = m_station;
    d.station.window = summary.caseData.window; // a reprint names the window that decided
    d.caseData = summary.caseData;
    d.applicant = summary.applicant;
    d.printedAt = printedAt;
    const CatalogRepository catalog(m_database);
    for (const auto &[code, version] : summary.caseData.matters)
        if (const std::optional<Matter> m = catalog.matterVersion(code, version))
            d.matters << *m;
    if (!summary.caseData.bundleCode.isEmpty())
        d.bundleName = summary.title;
    if (isHandoverDocument(kind)) {
        // The hand-over as it was recorded, and the window that handed it over, not the one that decided.
        if (const std::optional<Handover> h = HandoverRepository(m_database).forCase(summary.caseData.id)) {
            d.handover = *h;
            d.station.window = h->window;
        }
    }
    return d;
}

QList<DocumentKind> CaseDesk::reprintable(const CaseDeskEntry &summary) const
{
    QList<DocumentKind> kinds = documentsFor(summary.caseData);
    if (const std::optional<Handover> h = HandoverRepository(m_database).forCase(summary.caseData.id))
        kinds.append(handoverDocument(h->method));
    return kinds;
}

CaseDocument CaseDesk::reprint(const CaseDeskEntry &summary, DocumentKind kind, const QDateTime &printedAt) const
{
    CaseDocument d = document(summary, kind, printedAt);
    d.reprint = CaseHistory(m_database).nextReprint(summary.caseData.id, documentKey(kind));
    return d;
}

bool CaseDesk::recordIssue(const CaseDocument &document, const QString &file, QString *error)
{
    return CaseHistory(m_database)
        .recordIssue({document.caseData.id, documentKey(document.kind), document.reprint, QDateTime::currentDateTimeUtc(),
                      document.station.clerk, file},
                     error);
}

QString CaseDesk::revealIdNumber(const QString &caseId, const QString &clerk, QString *error)
{
    const std::optional<Case> c = CaseRepository(m_database).byId(caseId);
    const std::optional<Applicant> a = c ? ApplicantRepository(m_database).byId(c->applicantId) : std::nullopt;
    if (!a || a->idNumber.isEmpty() || ApplicantRepository::isPseudonym(a->idNumber)) {
        if (error)
            *error = QCoreApplication::translate("ow::CaseDesk", "This window no longer keeps the applicant's ID number "
                                                                 "(removed after the retention period).");
        return {};
    }
    // Never shown unrecorded. The row names the case, never the number: the trail must not spread what it guards.
    if (!m_audit) {
        if (error)
            *error = QCoreApplication::translate("ow::CaseDesk", "The audit trail is not open, so the ID number is not shown.");
        return {};
    }
    if (!m_audit->append({QDateTime::currentDateTimeUtc(), clerk, m_station.hallCode, m_station.window,
                          QStringLiteral("id_revealed"), caseId, QStringLiteral("case view")},
                         error))
        return {};
    return a->idNumber;
}

bool CaseDesk::recordReturnTrip(const QString &caseId, const QStringList &kinds, const QDate &on, const QString &clerk,
                                QString *error, SupplementChannel channel)
{
    // The audit detail names the channel when it was no visit, so a trip count can be explained later.
    QString detail = kinds.join(u',');
    if (channel == SupplementChannel::ByPost)
        detail.prepend(QStringLiteral("by_post: "));
    else if (channel == SupplementChannel::DataSharing)
        detail.prepend(QStringLiteral("data_sharing: "));
    return m_database.transaction(
        [&] {
            if (!CaseRepository(m_database).recordSupplement(caseId, kinds, on, error, channel))
                return false;
            return !m_audit
                   || m_audit->append({QDateTime::currentDateTimeUtc(), clerk, m_station.hallCode, m_station.window,
                                       QStringLiteral("supplement"), caseId, detail},
                                      error);
        },
        error);
}

int CaseDesk::completeSupplementsAlreadyMet(const QString &actor, QString *error)
{
    QString detail;
    const QList<Case> stuck = CaseRepository::supplementsAlreadyMet(m_database.db(), &detail);
    if (!detail.isEmpty()) {
        if (error)
            *error = detail;
        return -1;
    }
    QStringList failures;
    int repaired = 0;
    for (const Case &c : stuck) {
        bool changed = false;
        QString caseError;
        const bool ok = m_database.transaction(
            [&] {
                if (!CaseRepository(m_database).completeSupplementAlreadyMet(c.id, &changed, &caseError))
                    return false;
                return !changed || !m_audit
                       || m_audit->append({QDateTime::currentDateTimeUtc(), actor, m_station.hallCode, m_station.window,
                                           QStringLiteral("supplement"), c.id,
                                           QStringLiteral("repair: no line owed any more; left awaiting_supplement by the "
                                                          "old completion rule (an optional line counted as owed)")},
                                          &caseError);
            },
            &caseError);
        if (ok && changed)
            ++repaired;
        else if (!ok)
            failures << QCoreApplication::translate("ow::CaseDesk", "Case %1: %2").arg(c.caseNumber, caseError);
    }
    if (error)
        *error = failures.join(u'\n');
    return repaired;
}

void CaseDesk::auditReprint(const QString &caseId, DocumentKind kind, const QString &clerk)
{
    if (m_audit)
        m_audit->append({QDateTime::currentDateTimeUtc(), clerk, m_station.hallCode, m_station.window, QStringLiteral("reprint"),
                         caseId, documentKey(kind)});
}

} // namespace ow
