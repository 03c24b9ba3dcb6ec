// MatterJson, second half: applicants and the case payload the outbox carries to the platform.
#include "core/json/jsonreader.h"
#include "core/storage/matterjson.h"

#include <QCoreApplication>
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

void readApplicant(JsonReader &r, Applicant &a)
{
    a.id = r.string(u"id");
    const QString kind = r.string(u"kind");
    if (!kind.isEmpty() && !applicantKindFromKey(kind, &a.kind))
        r.unknownWord(u"kind", kind);
    a.idNumber = r.string(u"idNumber");
    a.name = r.string(u"name");
    a.phone = r.string(u"phone");
    a.address = r.string(u"address");
    a.legalRepresentative = r.string(u"legalRepresentative");
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
    readApplicant(r, a);
    return r.finish(out, std::move(a), error);
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
        // How the result reaches the applicant: the department that makes it must know whether to post it.
        {u"delivery"_s,
         QJsonObject{{u"method"_s, deliveryMethodKey(c.delivery)},
                     {u"address"_s, c.delivery == DeliveryMethod::ByPost ? QJsonValue(c.deliveryAddress) : QJsonValue()}}},
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
    const QString format = r.string(u"format");
    if (format != QStringView(CasePayloadFormat))
        r.unknownWord(u"format", format);
    Case c;
    c.id = r.string(u"id");
    c.revision = r.integer(u"revision", {.fallback = 1});
    c.caseNumber = r.string(u"caseNumber");
    c.queryCode = r.string(u"queryCode");
    c.officialNumber = r.string(u"officialNumber");
    Applicant applicant;
    JsonReader ar = r.object(u"applicant");
    readApplicant(ar, applicant);
    c.applicantId = applicant.id;
    c.bundleCode = r.string(u"bundleCode");
    const QJsonArray matters = r.array(u"matters");
    for (qsizetype i = 0; i < matters.size(); ++i) {
        JsonReader m = r.item(u"matters", matters, i);
        c.matters.append({m.string(u"code"), m.integer(u"version")});
    }
    JsonReader answers = r.object(u"answers");
    for (const QString &key : answers.object().keys())
        c.answers.insert(key, answers.string(key));
    const QString decision = r.string(u"decision");
    if (!decisionFromKey(decision, &c.decision))
        r.unknownWord(u"decision", decision);
    const QString status = r.string(u"status");
    if (!caseStatusFromKey(status, &c.status))
        r.unknownWord(u"status", status);
    c.reason = r.string(u"reason");
    const QJsonArray materials = r.array(u"materials");
    for (qsizetype i = 0; i < materials.size(); ++i) {
        JsonReader mr = r.item(u"materials", materials, i);
        CaseMaterial m;
        m.kind = mr.string(u"kind");
        m.name = mr.string(u"name");
        const QString lineStatus = mr.string(u"status");
        if (!lineStatusFromKey(lineStatus, &m.status))
            mr.unknownWord(u"status", lineStatus);
        m.received = mr.boolean(u"received");
        m.receivedOn = mr.date(u"receivedOn");
        m.validUntil = mr.date(u"validUntil");
        m.matterCodes = mr.strings(u"matterCodes");
        c.materials.append(m);
    }
    c.promisedDate = r.date(u"promisedDate");
    c.supplementDue = r.date(u"supplementDue");
    c.trips = r.integer(u"trips", {.fallback = 1});
    // Absent in payloads written before the hand-over (schema 14): those results are collected at the hall.
    JsonReader delivery = r.object(u"delivery");
    const QString method = delivery.string(u"method", {.maxLength = 16});
    if (!method.isEmpty() && !deliveryMethodFromKey(method, &c.delivery))
        delivery.unknownWord(u"method", method);
    c.deliveryAddress = delivery.string(u"address", {.maxLength = 300});
    if (c.delivery == DeliveryMethod::ByPost && c.deliveryAddress.trimmed().isEmpty())
        delivery.fail(QCoreApplication::translate("ow::Storage", "a result sent by post needs the address it goes to"));
    c.listedCount = r.integer(u"listedCount");
    c.collectedCount = r.integer(u"collectedCount");
    c.previousCaseId = r.string(u"previousCaseId");
    c.hallCode = r.string(u"hallCode");
    c.window = r.integer(u"window");
    c.clerk = r.string(u"clerk");
    c.createdAt = r.dateTime(u"createdAt");
    c.updatedAt = r.dateTime(u"updatedAt");
    if (applicantOut && r.ok())
        *applicantOut = applicant;
    return r.finish(out, std::move(c), error);
}

} // namespace ow::MatterJson
