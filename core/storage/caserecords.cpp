#include "core/storage/caserecords.h"

#include "core/storage/matterjson.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow::CaseRecords {

namespace {

// Compact JSON as stored in a TEXT column (a line's matter codes, a case's answers).
QString compactText(const QJsonDocument &json)
{
    return QString::fromUtf8(json.toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(v.toString());
    return out;
}

// The columns insertCase and updateCase share, in the order both statements list them.
QVariantList mutableValues(const Case &c)
{
    QJsonObject answers;
    for (auto it = c.answers.cbegin(); it != c.answers.cend(); ++it)
        answers.insert(it.key(), it.value());
    return {sql::nullIfEmpty(c.officialNumber),
            c.bundleCode,
            decisionKey(c.decision),
            caseStatusKey(c.status),
            c.reason,
            sql::fromDate(c.promisedDate),
            sql::fromDate(c.supplementDue),
            c.trips,
            c.listedCount,
            c.collectedCount,
            sql::nullIfEmpty(c.previousCaseId),
            c.clerk,
            c.revision,
            sql::fromDateTime(c.updatedAt),
            compactText(QJsonDocument(answers))};
}

QMap<QString, QString> answersFromJson(const QString &text)
{
    QMap<QString, QString> answers;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        answers.insert(it.key(), it.value().toString());
    return answers;
}

// The three statements that read a case, prepared once for a whole list of cases.
struct Readers {
    QSqlQuery head;
    QSqlQuery matters;
    QSqlQuery materials;
    explicit Readers(const QSqlDatabase &db)
        : head(db),
          matters(db),
          materials(db)
    {}
    bool prepare(QString *error)
    {
        return sql::prepare(head,
                            u"SELECT id, case_number, query_code, official_number, applicant_id, bundle_code, decision,"
                            u" status, reason, promised_date, supplement_due, trips, listed_count, collected_count,"
                            u" previous_case_id, hall_code, window_no, clerk, revision, created_at, updated_at, answers,"
                            u" delivery_method, delivery_address FROM cases WHERE id = ?"_s,
                            error)
               && sql::prepare(matters,
                               u"SELECT matter_code, matter_version FROM case_matters"
                               u" WHERE case_key = (SELECT rowid FROM cases WHERE id = ?) ORDER BY position"_s,
                               error)
               && sql::prepare(materials,
                               u"SELECT kind, name, status, received, received_on, valid_until, matter_codes, optional"
                               u" FROM case_material_lines WHERE case_id = ? ORDER BY position"_s,
                               error);
    }
};

std::optional<Case> loadWith(Readers &r, const QString &caseId, QString *error)
{
    QSqlQuery &q = r.head;
    q.bindValue(0, caseId);
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
    c.answers = answersFromJson(q.value(21).toString());
    if (!deliveryMethodFromKey(q.value(22).toString(), &c.delivery))
        qCWarning(lcStorage) << "case" << c.id << "has unknown delivery method" << q.value(22).toString();
    c.deliveryAddress = q.value(23).toString();
    q.finish();

    r.matters.bindValue(0, caseId);
    if (!sql::exec(r.matters, error))
        return std::nullopt;
    while (r.matters.next())
        c.matters.append({r.matters.value(0).toString(), r.matters.value(1).toInt()});
    r.matters.finish();

    QSqlQuery &m = r.materials;
    m.bindValue(0, caseId);
    if (!sql::exec(m, error))
        return std::nullopt;
    while (m.next()) {
        CaseMaterial line;
        line.kind = m.value(0).toString();
        line.name = m.value(1).toString();
        if (!lineStatusFromKey(m.value(2).toString(), &line.status))
            qCWarning(lcStorage) << "case" << caseId << "material" << line.kind << "has unknown status" << m.value(2).toString();
        line.received = m.value(3).toInt() != 0;
        line.receivedOn = sql::toDate(m.value(4));
        line.validUntil = sql::toDate(m.value(5));
        line.matterCodes = listFromJson(m.value(6).toString());
        line.optional = m.value(7).toInt() != 0;
        c.materials.append(line);
    }
    m.finish();
    return c;
}

} // namespace

std::optional<Case> load(const QSqlDatabase &db, const QString &caseId, QString *error)
{
    Readers readers(db);
    if (!readers.prepare(error))
        return std::nullopt;
    return loadWith(readers, caseId, error);
}

QList<Case> loadAll(const QSqlDatabase &db, const QStringList &caseIds)
{
    QList<Case> out;
    out.reserve(caseIds.size());
    Readers readers(db);
    QString error;
    if (!caseIds.isEmpty() && !readers.prepare(&error)) {
        qCWarning(lcStorage) << "cannot read cases" << error;
        return out;
    }
    for (const QString &id : caseIds) {
        if (std::optional<Case> c = loadWith(readers, id, &error))
            out.append(*c);
        else
            qCWarning(lcStorage) << "cannot load case" << id << error;
    }
    return out;
}

bool insertCase(const QSqlDatabase &db, const Case &c, const QDate &localDay, QString *error)
{
    QSqlQuery q(db);
    const QVariantList values = mutableValues(c) + QVariantList{c.id,
                                                                c.caseNumber,
                                                                c.queryCode,
                                                                c.applicantId,
                                                                c.hallCode,
                                                                c.window,
                                                                sql::fromDate(localDay),
                                                                sql::fromDateTime(c.createdAt)};
    if (!sql::run(q,
                  u"INSERT INTO cases (official_number, bundle_code, decision, status, reason, promised_date,"
                  u" supplement_due, trips, listed_count, collected_count, previous_case_id, clerk, revision,"
                  u" updated_at, answers, id, case_number, query_code, applicant_id, hall_code, window_no, local_day,"
                  u" created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  values, error))
        return false;
    // The result's delivery (schema 14) is chosen once, at intake, and never updated; it is written only
    // when it is not the schema's default (at the window), so a decision taken at the window needs nothing
    // of schema 14 (the migration tests take decisions in databases of older schemas).
    if (c.delivery == DeliveryMethod::AtWindow && c.deliveryAddress.isEmpty())
        return true;
    return sql::run(q, u"UPDATE cases SET delivery_method = ?, delivery_address = ? WHERE id = ?"_s,
                    {deliveryMethodKey(c.delivery), c.deliveryAddress, c.id}, error);
}

bool updateCase(const QSqlDatabase &db, const Case &c, QString *error)
{
    QSqlQuery q(db);
    if (!sql::run(q,
                  u"UPDATE cases SET official_number = ?, bundle_code = ?, decision = ?, status = ?, reason = ?,"
                  u" promised_date = ?, supplement_due = ?, trips = ?, listed_count = ?, collected_count = ?,"
                  u" previous_case_id = ?, clerk = ?, revision = ?, updated_at = ?, answers = ? WHERE id = ?"_s,
                  mutableValues(c) + QVariantList{c.id}, error))
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
    // The lines name their case by its integer key (schema 17), read here as the rowid it is an alias of:
    // the same statement serves the older schemas the migration tests take decisions in.
    if (!sql::run(q, u"SELECT rowid FROM cases WHERE id = ?"_s, {c.id}, error))
        return false;
    if (!q.next()) {
        sql::setError(error, QCoreApplication::translate("ow::Storage", "No case %1.").arg(c.id));
        return false;
    }
    const qint64 caseKey = q.value(0).toLongLong();
    q.finish();
    if (mode == Lines::Replace) {
        for (const QString &statement :
             {u"DELETE FROM case_matters WHERE case_key = ?"_s, u"DELETE FROM case_materials WHERE case_key = ?"_s}) {
            if (!sql::run(q, statement, {caseKey}, error))
                return false;
        }
    }
    // One statement per line, compiled once per connection (sql::prepare keeps it). One multi-row INSERT
    // per table was tried: SQLite's per-run cost is not where a decision's time goes.
    for (qsizetype i = 0; i < c.matters.size(); ++i) {
        if (!sql::run(q, u"INSERT INTO case_matters (case_key, position, matter_code, matter_version) VALUES (?, ?, ?, ?)"_s,
                      {caseKey, int(i), c.matters.at(i).first, c.matters.at(i).second}, error))
            return false;
    }
    // A line names its wording (kind, name, matters) by number, the wording stored once (migration 0016): the
    // first statement adds a wording not seen before, the second looks it up by its unique key (NOT NULL
    // refuses the line if it were not there). No cache: a wording added in a transaction that rolls back
    // must not be remembered. The status is a number too (schema 17), of a row every key has.
    QSqlQuery line(db);
    for (qsizetype i = 0; i < c.materials.size(); ++i) {
        const CaseMaterial &m = c.materials.at(i);
        const QString matterCodes = compactText(QJsonDocument(QJsonArray::fromStringList(m.matterCodes)));
        if (!sql::run(q,
                      u"INSERT INTO material_wordings (kind, name, matter_codes) VALUES (?, ?, ?)"
                      u" ON CONFLICT (kind, name, matter_codes) DO NOTHING"_s,
                      {m.kind, m.name, matterCodes}, error)
            || !sql::run(line,
                         u"INSERT INTO case_materials (case_key, position, wording_id, status, received, received_on,"
                         u" valid_until, optional) VALUES (?, ?, (SELECT id FROM material_wordings"
                         u" WHERE kind = ? AND name = ? AND matter_codes = ?), (SELECT id FROM line_statuses WHERE key = ?),"
                         u" ?, ?, ?, ?)"_s,
                         {caseKey, int(i), m.kind, m.name, matterCodes, lineStatusKey(m.status), m.received ? 1 : 0,
                          sql::fromDate(m.receivedOn), sql::fromDate(m.validUntil), m.optional ? 1 : 0},
                         error))
            return false;
    }
    return true;
}

bool appendOutbox(const QSqlDatabase &db, const Case &c, const Applicant &applicant, QString *error)
{
    // Bound as text (a QByteArray would be stored as a BLOB); the stored bytes are canonical()'s.
    const QString payload = QString::fromUtf8(MatterJson::canonical(MatterJson::casePayload(c, applicant)));
    QSqlQuery q(db);
    return sql::run(q, u"INSERT INTO outbox (case_id, revision, payload, state, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                    {c.id, c.revision, payload, u"pending"_s, sql::fromDateTime(c.updatedAt)}, error);
}

} // namespace ow::CaseRecords
