#include "caserecords.h"

#include "matterjson.h"
#include "sqlsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow::CaseRecords {

namespace {

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(v.toString());
    return out;
}

// Binds the columns insertCase and updateCase share, in the order both statements list them.
void bindMutable(QSqlQuery &q, const Case &c)
{
    q.addBindValue(sql::nullIfEmpty(c.officialNumber));
    q.addBindValue(c.bundleCode);
    q.addBindValue(decisionKey(c.decision));
    q.addBindValue(caseStatusKey(c.status));
    q.addBindValue(c.reason);
    q.addBindValue(sql::fromDate(c.promisedDate));
    q.addBindValue(sql::fromDate(c.supplementDue));
    q.addBindValue(c.trips);
    q.addBindValue(c.listedCount);
    q.addBindValue(c.collectedCount);
    q.addBindValue(sql::nullIfEmpty(c.previousCaseId));
    q.addBindValue(c.clerk);
    q.addBindValue(c.revision);
    q.addBindValue(sql::fromDateTime(c.updatedAt));
}

} // namespace

std::optional<Case> load(const QSqlDatabase &db, const QString &caseId, QString *error)
{
    QSqlQuery q(db);
    if (!sql::prepare(q, u"SELECT id, case_number, query_code, official_number, applicant_id, bundle_code, decision,"
                         u" status, reason, promised_date, supplement_due, trips, listed_count, collected_count,"
                         u" previous_case_id, hall_code, window_no, clerk, revision, created_at, updated_at"
                         u" FROM cases WHERE id = ?"_s, error))
        return std::nullopt;
    q.addBindValue(caseId);
    if (!sql::exec(q, error))
        return std::nullopt;
    if (!q.next()) {
        sql::setError(error, QCoreApplication::translate("ow::Storage", "No case %1.").arg(caseId));
        return std::nullopt;
    }
    Case c;
    c.id = q.value(0).toString();
    c.caseNumber = q.value(1).toString();
    c.queryCode = q.value(2).toString();
    c.officialNumber = q.value(3).toString();
    c.applicantId = q.value(4).toString();
    c.bundleCode = q.value(5).toString();
    // An unknown key is logged, not fatal: a case that cannot be shown is worse than a default;
    // DatabaseCheck lists such rows.
    if (!decisionFromKey(q.value(6).toString(), &c.decision))
        qCWarning(lcStorage) << "case" << c.id << "has unknown decision" << q.value(6).toString();
    if (!caseStatusFromKey(q.value(7).toString(), &c.status))
        qCWarning(lcStorage) << "case" << c.id << "has unknown status" << q.value(7).toString();
    c.reason = q.value(8).toString();
    c.promisedDate = sql::toDate(q.value(9));
    c.supplementDue = sql::toDate(q.value(10));
    c.trips = q.value(11).toInt();
    c.listedCount = q.value(12).toInt();
    c.collectedCount = q.value(13).toInt();
    c.previousCaseId = q.value(14).toString();
    c.hallCode = q.value(15).toString();
    c.window = q.value(16).toInt();
    c.clerk = q.value(17).toString();
    c.revision = q.value(18).toInt();
    c.createdAt = sql::toDateTime(q.value(19));
    c.updatedAt = sql::toDateTime(q.value(20));

    if (!sql::prepare(q, u"SELECT matter_code, matter_version FROM case_matters WHERE case_id = ? ORDER BY position"_s, error))
        return std::nullopt;
    q.addBindValue(caseId);
    if (!sql::exec(q, error))
        return std::nullopt;
    while (q.next())
        c.matters.append({q.value(0).toString(), q.value(1).toInt()});

    if (!sql::prepare(q, u"SELECT situation_id, option_id FROM case_answers WHERE case_id = ?"_s, error))
        return std::nullopt;
    q.addBindValue(caseId);
    if (!sql::exec(q, error))
        return std::nullopt;
    while (q.next())
        c.answers.insert(q.value(0).toString(), q.value(1).toString());

    if (!sql::prepare(q, u"SELECT kind, name, status, received, received_on, valid_until, matter_codes"
                         u" FROM case_materials WHERE case_id = ? ORDER BY position"_s, error))
        return std::nullopt;
    q.addBindValue(caseId);
    if (!sql::exec(q, error))
        return std::nullopt;
    while (q.next()) {
        CaseMaterial m;
        m.kind = q.value(0).toString();
        m.name = q.value(1).toString();
        if (!lineStatusFromKey(q.value(2).toString(), &m.status))
            qCWarning(lcStorage) << "case" << caseId << "material" << m.kind << "has unknown status" << q.value(2).toString();
        m.received = q.value(3).toInt() != 0;
        m.receivedOn = sql::toDate(q.value(4));
        m.validUntil = sql::toDate(q.value(5));
        m.matterCodes = listFromJson(q.value(6).toString());
        c.materials.append(m);
    }
    return c;
}

QList<Case> loadAll(const QSqlDatabase &db, const QStringList &caseIds)
{
    QList<Case> out;
    out.reserve(caseIds.size());
    for (const QString &id : caseIds) {
        QString error;
        if (std::optional<Case> c = load(db, id, &error))
            out.append(*c);
        else
            qCWarning(lcStorage) << "cannot load case" << id << error;
    }
    return out;
}

bool insertCase(const QSqlDatabase &db, const Case &c, const QDate &localDay, QString *error)
{
    QSqlQuery q(db);
    if (!sql::prepare(q, u"INSERT INTO cases (official_number, bundle_code, decision, status, reason, promised_date,"
                         u" supplement_due, trips, listed_count, collected_count, previous_case_id, clerk, revision,"
                         u" updated_at, id, case_number, query_code, applicant_id, hall_code, window_no, local_day,"
                         u" created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s, error))
        return false;
    bindMutable(q, c);
    q.addBindValue(c.id);
    q.addBindValue(c.caseNumber);
    q.addBindValue(c.queryCode);
    q.addBindValue(c.applicantId);
    q.addBindValue(c.hallCode);
    q.addBindValue(c.window);
    q.addBindValue(sql::fromDate(localDay));
    q.addBindValue(sql::fromDateTime(c.createdAt));
    return sql::exec(q, error);
}

bool updateCase(const QSqlDatabase &db, const Case &c, QString *error)
{
    QSqlQuery q(db);
    if (!sql::prepare(q, u"UPDATE cases SET official_number = ?, bundle_code = ?, decision = ?, status = ?, reason = ?,"
                         u" promised_date = ?, supplement_due = ?, trips = ?, listed_count = ?, collected_count = ?,"
                         u" previous_case_id = ?, clerk = ?, revision = ?, updated_at = ? WHERE id = ?"_s, error))
        return false;
    bindMutable(q, c);
    q.addBindValue(c.id);
    if (!sql::exec(q, error))
        return false;
    if (q.numRowsAffected() != 1) {
        sql::setError(error, QCoreApplication::translate("ow::Storage", "No case %1.").arg(c.id));
        return false;
    }
    return true;
}

bool writeLines(const QSqlDatabase &db, const Case &c, Lines mode, QString *error)
{
    QSqlQuery q(db);
    if (mode == Lines::Replace) {
        const QString deletes[] = {u"DELETE FROM case_matters WHERE case_id = ?"_s,
                                   u"DELETE FROM case_answers WHERE case_id = ?"_s,
                                   u"DELETE FROM case_materials WHERE case_id = ?"_s};
        for (const QString &statement : deletes) {
            if (!sql::run(q, statement, {c.id}, error))
                return false;
        }
    }
    // Each statement is compiled once and run per line: compiling SQL is most of a decision's CPU time.
    if (!sql::prepare(q, u"INSERT INTO case_matters (case_id, position, matter_code, matter_version) VALUES (?, ?, ?, ?)"_s, error))
        return false;
    for (qsizetype i = 0; i < c.matters.size(); ++i) {
        q.bindValue(0, c.id);
        q.bindValue(1, int(i));
        q.bindValue(2, c.matters.at(i).first);
        q.bindValue(3, c.matters.at(i).second);
        if (!sql::exec(q, error))
            return false;
    }
    if (!sql::prepare(q, u"INSERT INTO case_answers (case_id, situation_id, option_id) VALUES (?, ?, ?)"_s, error))
        return false;
    for (auto it = c.answers.cbegin(); it != c.answers.cend(); ++it) {
        q.bindValue(0, c.id);
        q.bindValue(1, it.key());
        q.bindValue(2, it.value());
        if (!sql::exec(q, error))
            return false;
    }
    if (!sql::prepare(q, u"INSERT INTO case_materials (case_id, position, kind, name, status, received, received_on,"
                         u" valid_until, matter_codes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s, error))
        return false;
    for (qsizetype i = 0; i < c.materials.size(); ++i) {
        const CaseMaterial &m = c.materials.at(i);
        q.bindValue(0, c.id);
        q.bindValue(1, int(i));
        q.bindValue(2, m.kind);
        q.bindValue(3, m.name);
        q.bindValue(4, lineStatusKey(m.status));
        q.bindValue(5, m.received ? 1 : 0);
        q.bindValue(6, sql::fromDate(m.receivedOn));
        q.bindValue(7, sql::fromDate(m.validUntil));
        q.bindValue(8, jsonList(m.matterCodes));
        if (!sql::exec(q, error))
            return false;
    }
    return true;
}

bool appendOutbox(const QSqlDatabase &db, const Case &c, const Applicant &applicant, QString *error)
{
    QSqlQuery q(db);
    if (!sql::prepare(q, u"INSERT INTO outbox (case_id, revision, payload, state, created_at) VALUES (?, ?, ?, ?, ?)"_s, error))
        return false;
    q.addBindValue(c.id);
    q.addBindValue(c.revision);
    q.addBindValue(QString::fromUtf8(MatterJson::casePayloadText(c, applicant)));
    q.addBindValue(u"pending"_s);
    q.addBindValue(sql::fromDateTime(c.updatedAt));
    return sql::exec(q, error);
}

} // namespace ow::CaseRecords
