#include "core/platform/platformstore.h"

#include "core/platform/platformlog.h"
#include "core/storage/matterjson.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

QJsonObject receipt(const QString &id, int revision, const QString &number, const QString &status, const QString &outcome)
{
    return {{u"caseId"_s, id},
            {u"revision"_s, revision},
            {u"officialNumber"_s, number},
            {u"status"_s, status},
            {u"outcome"_s, outcome}};
}

} // namespace

namespace PlatformStatus {
QString accepted()
{
    return u"accepted"_s;
}
QString inProgress()
{
    return u"in_progress"_s;
}
QString completed()
{
    return u"completed"_s;
}
QString delivered()
{
    return u"delivered"_s;
}
QString handedOver()
{
    return u"handed_over"_s;
}
QString notApplicable()
{
    return u"not_applicable"_s;
}
QString next(const QString &status)
{
    if (status == accepted())
        return inProgress();
    if (status == inProgress())
        return completed();
    if (status == completed())
        return delivered();
    return {};
}
bool isKnown(const QString &status)
{
    return status == accepted() || status == inProgress() || status == completed() || status == delivered()
           || status == handedOver() || status == notApplicable();
}
} // namespace PlatformStatus

bool PlatformStore::open(const QString &path, QString *error)
{
    const QList<Migration> migrations = Migrations::fromResources(u":/onewindow/platform/migrations"_s, error);
    return !migrations.isEmpty() && m_database.open(path, migrations, error);
}

PlatformResult PlatformStore::validate(const QString &pathId, const QJsonObject &payload) const
{
    Case c;
    Applicant applicant;
    QString detail;
    if (!MatterJson::caseFromPayload(payload, &c, &applicant, &detail))
        return PlatformProblem::make(422, PlatformProblem::InvalidCase, detail);
    if (QUuid::fromString(c.id).isNull())
        return PlatformProblem::make(422, PlatformProblem::InvalidCase,
                                     PlatformText::tr("The case id \"%1\" is not a UUID.").arg(c.id));
    if (!pathId.isEmpty() && pathId != c.id)
        return PlatformProblem::make(
            400, PlatformProblem::BadRequest,
            PlatformText::tr("The case id in the body (%1) differs from the one in the address (%2).").arg(c.id, pathId));
    if (c.revision < 1 || c.matters.isEmpty() || c.hallCode.isEmpty() || applicant.idNumber.isEmpty())
        return PlatformProblem::make(
            422, PlatformProblem::InvalidCase,
            PlatformText::tr("Case %1 lacks a revision, matters, hall code or applicant ID number.").arg(c.caseNumber));
    for (const auto &[code, version] : c.matters) {
        if (!m_departments.isEmpty() && !m_departments.contains(code))
            return PlatformProblem::make(
                422, PlatformProblem::InvalidCase,
                PlatformText::tr("Case %1 names the matter %2, which is not in the platform's catalog.").arg(c.caseNumber, code));
    }
    return {};
}

PlatformResult PlatformStore::notThisDevicesCase(const QString &caseId)
{
    return PlatformProblem::make(404, PlatformProblem::NotFound,
                                 PlatformText::tr("The platform has no case %1 of this device.").arg(caseId));
}

QString PlatformStore::departmentFor(const QJsonObject &payload) const
{
    const QJsonArray matters = payload.value(u"matters"_s).toArray();
    const QString code = matters.isEmpty() ? QString() : matters.first().toObject().value(u"code"_s).toString();
    return m_departments.value(code);
}

bool PlatformStore::nextOfficialNumber(QString *number, QString *error)
{
    const QDate day = QDate::currentDate();
    QSqlQuery q(m_database.db());
    if (!sql::run(q,
                  u"INSERT INTO number_sequences (day, last_seq) VALUES (?, 1)"
                  u" ON CONFLICT (day) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq"_s,
                  {sql::fromDate(day)}, error)
        || !q.next())
        return false;
    *number = u"ZW%1%2"_s.arg(day.toString(u"yyyyMMdd"_s)).arg(q.value(0).toInt(), 6, 10, QLatin1Char('0'));
    q.finish();
    return true;
}

bool PlatformStore::recordChange(const QString &caseId, const QString &device, const QString &status, const QString &department,
                                 QString *error)
{
    QSqlQuery q(m_database.db());
    return sql::run(q, u"INSERT INTO status_changes (case_id, device, status, department, at) VALUES (?, ?, ?, ?, ?)"_s,
                    {caseId, device, status, department, sql::nowUtc()}, error);
}

PlatformResult PlatformStore::putOne(const QString &pathId, const QJsonObject &payload, const QString &device, bool *failed)
{
    const PlatformResult invalid = validate(pathId, payload);
    if (invalid.isProblem())
        return invalid;
    const QString id = payload.value(u"id"_s).toString();
    const int revision = payload.value(u"revision"_s).toInt();
    // QJsonObject keeps keys sorted, so equal content gives equal bytes whatever the sender's spacing.
    const QByteArray stored = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(stored, QCryptographicHash::Sha256).toHex());
    const QString now = sql::nowUtc();
    QString error;
    const auto dbFailure = [&] {
        *failed = true;
        qCWarning(lcPlatform) << "case" << id << "not stored:" << error;
        return PlatformProblem::make(500, PlatformProblem::ServerError,
                                     PlatformText::tr("The platform could not store the case."));
    };

    QSqlQuery q(m_database.db());
    if (!sql::run(q, u"SELECT revision, content_hash, official_number, status, device FROM cases WHERE id = ?"_s, {id}, &error))
        return dbFailure();
    const bool exists = q.next();
    const int heldRevision = exists ? q.value(0).toInt() : 0;
    const QString heldHash = exists ? q.value(1).toString() : QString();
    QString number = exists ? q.value(2).toString() : QString();
    QString status = exists ? q.value(3).toString() : QString();
    const QString owner = exists ? q.value(4).toString() : QString();
    q.finish();

    // A case belongs to the device whose token created it: another device can neither overwrite nor
    // replay it. 404, not 403: the client reads 401/403 as "this token is refused" and stops sending
    // everything, while a 404 problem parks this one row for a person; and another device's case is,
    // as far as this device is concerned, not there (docs/platform-api.yaml, docs/adr/).
    if (exists && owner != device)
        return notThisDevicesCase(id);

    if (exists && revision < heldRevision) {
        PlatformResult r =
            PlatformProblem::make(409, PlatformProblem::StaleRevision,
                                  PlatformText::tr("The platform already holds revision %1 of this case.").arg(heldRevision));
        r.body.insert(u"currentRevision"_s, heldRevision);
        r.body.insert(u"officialNumber"_s, number);
        return r;
    }
    if (exists && revision == heldRevision && hash != heldHash)
        return PlatformProblem::make(
            409, PlatformProblem::RevisionConflict,
            PlatformText::tr("Revision %1 of this case was delivered before with different content.").arg(revision));

    const QString decision = payload.value(u"decision"_s).toString();
    const bool handled = decision == u"accept"_s || decision == u"accept_with_deficiency"_s;
    QString outcome;
    if (!exists) {
        if (!nextOfficialNumber(&number, &error))
            return dbFailure();
        status = handled ? PlatformStatus::accepted() : PlatformStatus::notApplicable();
        if (!sql::run(q,
                      u"INSERT INTO cases (id, revision, payload, content_hash, official_number, case_number, decision,"
                      u" hall_status, status, department, device, deliveries, created_at, updated_at)"
                      u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"_s,
                      {id, revision, QString::fromUtf8(stored), hash, number, payload.value(u"caseNumber"_s).toString(), decision,
                       payload.value(u"status"_s).toString(), status, departmentFor(payload), device, now, now},
                      &error))
            return dbFailure();
        outcome = u"created"_s;
    } else if (revision == heldRevision) {
        // A replay: the reply to the first delivery was lost (or two were in flight). Count it, change nothing else.
        if (!sql::run(q, u"UPDATE cases SET deliveries = deliveries + 1 WHERE id = ?"_s, {id}, &error))
            return dbFailure();
        outcome = u"unchanged"_s;
    } else {
        if (status == PlatformStatus::notApplicable() && handled)
            status = PlatformStatus::accepted(); // a one-time notice followed by the accepted return trip
        if (!sql::run(
                q,
                u"UPDATE cases SET revision = ?, payload = ?, content_hash = ?, decision = ?, hall_status = ?,"
                u" status = ?, deliveries = deliveries + 1, updated_at = ? WHERE id = ?"_s,
                {revision, QString::fromUtf8(stored), hash, decision, payload.value(u"status"_s).toString(), status, now, id},
                &error))
            return dbFailure();
        outcome = u"updated"_s;
    }
    return {exists ? 200 : 201, receipt(id, std::max(revision, heldRevision), number, status, outcome)};
}

PlatformResult PlatformStore::putCase(const QString &pathId, const QByteArray &body, const QString &device)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject())
        return PlatformProblem::make(400, PlatformProblem::BadRequest,
                                     PlatformText::tr("The body is not a JSON object: %1").arg(parseError.errorString()));
    PlatformResult result;
    bool failed = false;
    QString error;
    const bool committed = m_database.transaction(
        [&] {
            result = putOne(pathId, doc.object(), device, &failed);
            return !failed;
        },
        &error);
    if (!committed && !failed)
        return PlatformProblem::make(500, PlatformProblem::ServerError,
                                     PlatformText::tr("The platform could not store the case."));
    return result;
}

PlatformResult PlatformStore::putBatch(const QByteArray &body, const QString &device)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonArray items = doc.object().value(u"items"_s).toArray();
    if (!doc.isObject() || items.isEmpty() || items.size() > 500)
        return PlatformProblem::make(400, PlatformProblem::BadRequest,
                                     PlatformText::tr("A batch is an object whose \"items\" holds 1 to 500 cases."));
    QJsonArray results;
    bool failed = false;
    const bool committed = m_database.transaction([&] {
        for (qsizetype i = 0; i < items.size() && !failed; ++i) {
            const QJsonObject payload = items.at(i).toObject();
            const PlatformResult r = items.at(i).isObject()
                                         ? putOne(QString(), payload, device, &failed)
                                         : PlatformProblem::make(400, PlatformProblem::BadRequest,
                                                                 PlatformText::tr("Item %1 is not an object.").arg(i));
            QJsonObject result{{u"index"_s, int(i)},
                               {u"caseId"_s, payload.value(u"id"_s)},
                               {u"revision"_s, payload.value(u"revision"_s)},
                               {u"status"_s, r.status}};
            result.insert(r.isProblem() ? u"problem"_s : u"receipt"_s, r.body);
            results.append(result);
        }
        return !failed;
    });
    if (!committed)
        return PlatformProblem::make(500, PlatformProblem::ServerError,
                                     PlatformText::tr("The platform could not store the batch."));
    return {200, QJsonObject{{u"results"_s, results}}};
}

} // namespace ow
