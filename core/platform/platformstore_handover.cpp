// PlatformStore, the result's hand-over (出件): POST /cases/{id}/handover. One per case, keyed by the case
// id, in one transaction with the case's status move and its entry in the status feed, so a reply lost
// after the commit can be asked again and gets the same receipt (docs/adr/0025-result-handover.md).
#include "core/json/jsonreader.h"
#include "core/platform/platformlog.h"
#include "core/platform/platformstore.h"
#include "core/storage/sqlsupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// Bounds of the contract's Handover schema (docs/platform-api.yaml).
constexpr qsizetype MaxField = 64;
constexpr qsizetype MaxHandoverBody = 16 * 1024;

PlatformResult invalid(const QString &detail)
{
    return PlatformProblem::make(422, PlatformProblem::InvalidHandover, detail);
}

QJsonObject handoverReceipt(const QString &id, int revision, const QString &number, const QString &outcome)
{
    return {{u"caseId"_s, id},
            {u"revision"_s, revision},
            {u"officialNumber"_s, number},
            {u"status"_s, PlatformStatus::handedOver()},
            {u"outcome"_s, outcome}};
}

} // namespace

PlatformResult PlatformStore::handOver(const QString &pathId, const QByteArray &body, const QString &device)
{
    if (body.size() > MaxHandoverBody)
        return PlatformProblem::make(400, PlatformProblem::BadRequest, PlatformText::tr("The hand-over is too large."));
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return PlatformProblem::make(400, PlatformProblem::BadRequest, PlatformText::tr("The body is not a JSON object."));
    const QJsonObject h = doc.object();
    JsonReader r(h);
    const QString schema = r.string(u"schema", {.need = Need::Required, .maxLength = MaxField});
    const QString caseId = r.string(u"caseId", {.need = Need::Required, .maxLength = MaxField});
    const int revision = r.integer(u"revision", {.need = Need::Required, .min = 2});
    const QString method = r.string(u"method", {.need = Need::Required, .maxLength = MaxField});
    const QString collector = r.string(u"collector", {.maxLength = MaxField});
    const QString carrier = r.string(u"carrier", {.maxLength = MaxField});
    const QString tracking = r.string(u"trackingNumber", {.maxLength = MaxField});
    r.string(u"hallCode", {.need = Need::Required, .maxLength = MaxField});
    r.integer(u"window", {.need = Need::Required, .min = 0, .max = 9999});
    r.string(u"clerk", {.need = Need::Required, .maxLength = MaxField});
    r.dateTime(u"handedOverAt", Need::Required);
    if (!r.ok())
        return invalid(r.error());
    if (schema != u"onewindow-handover/1"_s || QUuid::fromString(caseId).isNull())
        return invalid(PlatformText::tr("A hand-over is an onewindow-handover/1 object for a case UUID."));
    if (caseId != pathId)
        return PlatformProblem::make(
            400, PlatformProblem::BadRequest,
            PlatformText::tr("The case id in the body (%1) differs from the one in the address (%2).").arg(caseId, pathId));
    const bool post = method == u"post"_s;
    if (post ? carrier.trimmed().isEmpty() || tracking.trimmed().isEmpty()
             : method != u"in_person"_s || (collector != u"applicant"_s && collector != u"agent"_s))
        return invalid(PlatformText::tr("A hand-over is in person (by the applicant or an agent) or by post (with the "
                                        "carrier and tracking number)."));

    // QJsonObject keeps keys sorted, so equal content gives equal bytes whatever the sender's spacing.
    const QByteArray stored = QJsonDocument(h).toJson(QJsonDocument::Compact);
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(stored, QCryptographicHash::Sha256).toHex());
    PlatformResult result;
    QString error;
    const bool ok = m_database.transaction(
        [&] {
            QSqlQuery q(m_database.db());
            if (!sql::run(q,
                          u"SELECT c.device, c.status, c.revision, c.official_number, h.content_hash FROM cases c"
                          u" LEFT JOIN handovers h ON h.case_id = c.id WHERE c.id = ?"_s,
                          {caseId}, &error))
                return false;
            if (!q.next() || q.value(0).toString() != device) {
                result = notThisDevicesCase(caseId); // unknown, or another device's: not there (putOne)
                return true;
            }
            const QString status = q.value(1).toString();
            const int heldRevision = q.value(2).toInt();
            const QString number = q.value(3).toString();
            const QVariant heldHash = q.value(4);
            q.finish();
            if (!heldHash.isNull()) {
                if (heldHash.toString() != hash) {
                    result = PlatformProblem::make(409, PlatformProblem::RevisionConflict,
                                                   PlatformText::tr("This case was reported handed over before, differently."));
                    return true;
                }
                // A replay: the reply to the first report was lost. Count it, change nothing else.
                result = {200, handoverReceipt(caseId, revision, number, u"unchanged"_s)};
                return sql::run(q, u"UPDATE handovers SET deliveries = deliveries + 1 WHERE case_id = ?"_s, {caseId}, &error);
            }
            if (status != PlatformStatus::delivered()) {
                result = PlatformProblem::make(
                    409, PlatformProblem::NotReady,
                    PlatformText::tr("The result of this case has not been delivered to the hall (it is %1).").arg(status));
                return true;
            }
            if (revision <= heldRevision) {
                result = invalid(
                    PlatformText::tr("A hand-over is a revision after %1, the one the platform holds.").arg(heldRevision));
                return true;
            }
            const QString now = sql::nowUtc();
            if (!sql::run(q,
                          u"INSERT INTO handovers (case_id, revision, method, payload, content_hash, device, received_at)"
                          u" VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                          {caseId, revision, method, QString::fromUtf8(stored), hash, device, now}, &error)
                // The hand-over is the case's revision now: an older one sent late is stale (409), as for a PUT.
                || !sql::run(q, u"UPDATE cases SET status = ?, revision = ?, updated_at = ? WHERE id = ?"_s,
                             {PlatformStatus::handedOver(), revision, now, caseId}, &error)
                || !recordChange(caseId, device, PlatformStatus::handedOver(), {}, &error))
                return false;
            result = {201, handoverReceipt(caseId, revision, number, u"created"_s)};
            return true;
        },
        &error);
    if (!ok) {
        qCWarning(lcPlatform).noquote() << "hand-over of" << caseId << "not stored:" << error;
        return PlatformProblem::make(500, PlatformProblem::ServerError, PlatformText::tr("The platform's database failed."));
    }
    return result;
}

int PlatformStore::handoverCount() const
{
    QSqlQuery q(m_database.db());
    return sql::run(q, u"SELECT count(*) FROM handovers"_s, nullptr) && q.next() ? q.value(0).toInt() : -1;
}

int PlatformStore::handoverDeliveries(const QString &caseId) const
{
    QSqlQuery q(m_database.db());
    return sql::run(q, u"SELECT deliveries FROM handovers WHERE case_id = ?"_s, {caseId}, nullptr) && q.next()
               ? q.value(0).toInt()
               : 0;
}

} // namespace ow
