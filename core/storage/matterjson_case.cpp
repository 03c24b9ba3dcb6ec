// MatterJson, second half: applicants and the case payload the outbox carries to the platform.
#include "core/storage/jsonreader.h"
#include "core/storage/matterjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ow::MatterJson {

namespace {

QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalString(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString unknownWord(const QString &key, const QString &value)
{
    return QCoreApplication::translate("ow::Storage", "unknown value \"%1\" for \"%2\"").arg(value, key);
}

} // namespace

QJsonObject toJson(const Applicant &applicant)
{
    return QJsonObject{
        {u"id"_s, applicant.id},
        {u"kind"_s, applicantKindKey(applicant.kind)},
        {u"idNumber"_s, applicant.idNumber},
        {u"name"_s, applicant.name},
        {u"phone"_s, applicant.phone},
        {u"address"_s, applicant.address},
        {u"legalRepresentative"_s, applicant.legalRepresentative},
    };
}

bool fromJson(const QJsonObject &json, Applicant *out, QString *error)
{
    JsonReader r(json, QCoreApplication::translate("ow::Storage", "applicant"));
    Applicant a;
    a.id = r.string(u"id"_s);
    const QString kind = r.string(u"kind"_s);
    if (!kind.isEmpty() && !applicantKindFromKey(kind, &a.kind))
        r.fail(unknownWord(u"kind"_s, kind));
    a.idNumber = r.string(u"idNumber"_s);
    a.name = r.string(u"name"_s);
    a.phone = r.string(u"phone"_s);
    a.address = r.string(u"address"_s);
    a.legalRepresentative = r.string(u"legalRepresentative"_s);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return false;
    }
    *out = a;
    return true;
}

QJsonObject casePayload(const Case &c, const Applicant &applicant)
{
    QJsonArray matters;
    for (const auto &[code, version] : c.matters)
        matters.append(QJsonObject{{u"code"_s, code}, {u"version"_s, version}});
    QJsonObject answers;
    for (auto it = c.answers.cbegin(); it != c.answers.cend(); ++it)
        answers.insert(it.key(), it.value());
    QJsonArray materials;
    for (const CaseMaterial &m : c.materials) {
        materials.append(QJsonObject{
            {u"kind"_s, m.kind},
            {u"name"_s, m.name},
            {u"status"_s, lineStatusKey(m.status)},
            {u"received"_s, m.received},
            {u"receivedOn"_s, dateValue(m.receivedOn)},
            {u"validUntil"_s, dateValue(m.validUntil)},
            {u"matterCodes"_s, QJsonArray::fromStringList(m.matterCodes)},
        });
    }
    return QJsonObject{
        {u"format"_s, QString::fromUtf16(CasePayloadFormat)},
        {u"id"_s, c.id},
        {u"revision"_s, c.revision},
        {u"caseNumber"_s, c.caseNumber},
        {u"queryCode"_s, c.queryCode},
        {u"officialNumber"_s, optionalString(c.officialNumber)},
        {u"applicant"_s, toJson(applicant)},
        {u"bundleCode"_s, optionalString(c.bundleCode)},
        {u"matters"_s, matters},
        {u"answers"_s, answers},
        {u"decision"_s, decisionKey(c.decision)},
        {u"status"_s, caseStatusKey(c.status)},
        {u"reason"_s, c.reason},
        {u"materials"_s, materials},
        {u"promisedDate"_s, dateValue(c.promisedDate)},
        {u"supplementDue"_s, dateValue(c.supplementDue)},
        {u"trips"_s, c.trips},
        {u"listedCount"_s, c.listedCount},
        {u"collectedCount"_s, c.collectedCount},
        {u"previousCaseId"_s, optionalString(c.previousCaseId)},
        {u"hallCode"_s, c.hallCode},
        {u"window"_s, c.window},
        {u"clerk"_s, c.clerk},
        {u"createdAt"_s, timeValue(c.createdAt)},
        {u"updatedAt"_s, timeValue(c.updatedAt)},
    };
}

bool caseFromPayload(const QJsonObject &payload, Case *out, Applicant *applicantOut, QString *error)
{
    JsonReader r(payload, QCoreApplication::translate("ow::Storage", "case %1").arg(payload.value(u"caseNumber"_s).toString()));
    const QString format = r.string(u"format"_s);
    if (format != QStringView(CasePayloadFormat))
        r.fail(unknownWord(u"format"_s, format));
    Case c;
    c.id = r.string(u"id"_s);
    c.revision = r.integer(u"revision"_s, 1);
    c.caseNumber = r.string(u"caseNumber"_s);
    c.queryCode = r.string(u"queryCode"_s);
    c.officialNumber = r.string(u"officialNumber"_s);
    Applicant applicant;
    QString applicantError;
    if (!fromJson(r.object(u"applicant"_s), &applicant, &applicantError))
        r.fail(applicantError);
    c.applicantId = applicant.id;
    c.bundleCode = r.string(u"bundleCode"_s);
    for (const QJsonValue &v : r.array(u"matters"_s)) {
        const QJsonObject m = v.toObject();
        c.matters.append({m.value(u"code"_s).toString(), m.value(u"version"_s).toInt()});
    }
    const QJsonObject answers = r.object(u"answers"_s);
    for (auto it = answers.begin(); it != answers.end(); ++it)
        c.answers.insert(it.key(), it.value().toString());
    const QString decision = r.string(u"decision"_s);
    if (!decisionFromKey(decision, &c.decision))
        r.fail(unknownWord(u"decision"_s, decision));
    const QString status = r.string(u"status"_s);
    if (!caseStatusFromKey(status, &c.status))
        r.fail(unknownWord(u"status"_s, status));
    c.reason = r.string(u"reason"_s);
    for (const QJsonValue &v : r.array(u"materials"_s)) {
        JsonReader mr(v.toObject(), QCoreApplication::translate("ow::Storage", "material"));
        CaseMaterial m;
        m.kind = mr.string(u"kind"_s);
        m.name = mr.string(u"name"_s);
        const QString lineStatus = mr.string(u"status"_s);
        if (!lineStatusFromKey(lineStatus, &m.status))
            mr.fail(unknownWord(u"status"_s, lineStatus));
        m.received = mr.boolean(u"received"_s);
        m.receivedOn = mr.date(u"receivedOn"_s);
        m.validUntil = mr.date(u"validUntil"_s);
        m.matterCodes = mr.strings(u"matterCodes"_s);
        if (!mr.ok())
            r.fail(mr.error());
        c.materials.append(m);
    }
    c.promisedDate = r.date(u"promisedDate"_s);
    c.supplementDue = r.date(u"supplementDue"_s);
    c.trips = r.integer(u"trips"_s, 1);
    c.listedCount = r.integer(u"listedCount"_s);
    c.collectedCount = r.integer(u"collectedCount"_s);
    c.previousCaseId = r.string(u"previousCaseId"_s);
    c.hallCode = r.string(u"hallCode"_s);
    c.window = r.integer(u"window"_s);
    c.clerk = r.string(u"clerk"_s);
    c.createdAt = r.dateTime(u"createdAt"_s);
    c.updatedAt = r.dateTime(u"updatedAt"_s);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return false;
    }
    if (out)
        *out = c;
    if (applicantOut)
        *applicantOut = applicant;
    return true;
}

} // namespace ow::MatterJson
