#include "core/storage/applicantrepository.h"

#include "core/domain/caseids.h"
#include "core/storage/caserecords.h"
#include "core/storage/database.h"
#include "core/storage/matterjson.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// Looked up for every decision (the upsert) and as the clerk types an ID number.
std::optional<Applicant> loadWhere(const QSqlDatabase &db, const QString &sqlText, const QString &value)
{
    QSqlQuery q(db);
    if (!sql::run(q, sqlText, {value}, nullptr) || !q.next())
        return std::nullopt;
    Applicant a;
    a.id = q.value(0).toString();
    if (!MatterJson::applicantKindFromKey(q.value(1).toString(), &a.kind))
        qCWarning(lcStorage) << "applicant" << a.id << "has unknown kind" << q.value(1).toString();
    a.idNumber = q.value(2).toString();
    a.name = q.value(3).toString();
    a.phone = q.value(4).toString();
    a.address = q.value(5).toString();
    a.legalRepresentative = q.value(6).toString();
    q.finish();
    return a;
}

} // namespace

ApplicantRepository::ApplicantRepository(Database &database)
    : m_database(database)
{}

QString ApplicantRepository::normalizedIdNumber(const QString &idNumber)
{
    QString out;
    out.reserve(idNumber.size());
    for (QChar c : idNumber)
        if (!c.isSpace())
            out += c.toUpper();
    return out;
}

std::optional<Applicant> ApplicantRepository::findStored(const QString &normalizedNumber) const
{
    return loadWhere(m_database.db(),
                     u"SELECT id, kind, id_number, name, phone, address, legal_representative"
                     u" FROM applicants WHERE id_number = ?"_s,
                     normalizedNumber);
}

std::optional<Applicant> ApplicantRepository::findByIdNumber(const QString &idNumber) const
{
    const QString number = normalizedIdNumber(idNumber);
    if (number.isEmpty() || isPseudonym(number))
        return std::nullopt;
    if (std::optional<Applicant> found = findStored(number))
        return found;
    std::optional<Applicant> pruned = findStored(pseudonym(number));
    if (pruned)
        pruned->idNumber = number;
    return pruned;
}

std::optional<Applicant> ApplicantRepository::byId(const QString &id) const
{
    return loadWhere(m_database.db(),
                     u"SELECT id, kind, id_number, name, phone, address, legal_representative"
                     u" FROM applicants WHERE id = ?"_s,
                     id);
}

bool ApplicantRepository::upsert(Applicant &applicant, QString *error)
{
    Applicant a = applicant;
    a.idNumber = normalizedIdNumber(a.idNumber);
    a.name = a.name.trimmed();
    if (a.idNumber.isEmpty() || a.name.isEmpty()) {
        sql::setError(error, QCoreApplication::translate("ow::Storage", "An applicant needs an ID number and a name."));
        return false;
    }
    const bool ok = m_database.transaction(
        [&](QString *detail) {
            // The stored number only: a key derivation inside every new applicant's decision would cost
            // the counter its commit time. A pruned applicant comes back through findByIdNumber's id.
            const std::optional<Applicant> byNumber = findStored(a.idNumber);
            // Looked up only when the number is new: the id may belong to someone whose number is corrected.
            const std::optional<Applicant> byOwnId = byNumber || a.id.isEmpty() ? std::nullopt : byId(a.id);
            if (byNumber) {
                a.id = byNumber->id; // the number decides who this is
                // A returning applicant whose details are unchanged: nothing to write.
                if (byNumber->kind == a.kind && byNumber->name == a.name && byNumber->phone == a.phone
                    && byNumber->address == a.address && byNumber->legalRepresentative == a.legalRepresentative)
                    return true;
            } else if (!byOwnId) {
                if (a.id.isEmpty())
                    a.id = timeOrderedUuid();
                const QString now = sql::nowUtc();
                QSqlQuery q(m_database.db());
                return sql::run(q,
                                u"INSERT INTO applicants (id, kind, id_number, name, phone, address,"
                                u" legal_representative, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                {a.id, MatterJson::applicantKindKey(a.kind), a.idNumber, a.name, a.phone, a.address,
                                 a.legalRepresentative, now, now},
                                detail);
            }
            // Known applicant (by number, or by id with a corrected number): refresh the details.
            QSqlQuery q(m_database.db());
            return sql::run(q,
                            u"UPDATE applicants SET kind = ?, id_number = ?, name = ?, phone = ?, address = ?,"
                            u" legal_representative = ?, updated_at = ? WHERE id = ?"_s,
                            {MatterJson::applicantKindKey(a.kind), a.idNumber, a.name, a.phone, a.address, a.legalRepresentative,
                             sql::nowUtc(), a.id},
                            detail);
        },
        QCoreApplication::translate("ow::Storage", "Cannot save the applicant: %1"), error);
    if (!ok)
        return false;
    applicant = a;
    return true;
}

QList<CaseMaterial> ApplicantRepository::reusableMaterials(const QString &applicantId, const QDate &today) const
{
    QList<CaseMaterial> out;
    QSqlQuery q(m_database.db());
    // Dates are ISO text, so text comparison is date comparison. Newest receipt first within each kind.
    if (!sql::run(q,
                  u"SELECT m.kind, m.name, m.status, m.received_on, m.valid_until, m.matter_codes"
                  u" FROM case_material_lines m JOIN cases c ON c.id = m.case_id"
                  u" WHERE c.applicant_id = ? AND m.received = 1 AND (m.valid_until IS NULL OR m.valid_until >= ?)"
                  u" ORDER BY m.kind, coalesce(m.received_on, substr(c.created_at, 1, 10)) DESC,"
                  u" c.created_at DESC"_s,
                  {applicantId, sql::fromDate(today)}, nullptr))
        return out;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        if (!out.isEmpty() && out.last().kind == kind)
            continue;
        CaseMaterial m;
        m.kind = kind;
        m.name = q.value(1).toString();
        if (!lineStatusFromKey(q.value(2).toString(), &m.status))
            qCWarning(lcStorage) << "material" << kind << "has unknown status" << q.value(2).toString();
        m.received = true;
        m.receivedOn = sql::toDate(q.value(3));
        m.validUntil = sql::toDate(q.value(4));
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
            m.matterCodes.append(v.toString());
        out.append(m);
    }
    return out;
}

std::optional<Case> ApplicantRepository::openNotice(const QString &applicantId, const QStringList &matterCodes) const
{
    const QSet<QString> wanted(matterCodes.cbegin(), matterCodes.cend());
    QSqlDatabase db = m_database.db();
    QSqlQuery q(db);
    if (!sql::run(q,
                  u"SELECT c.id, c.decision, (SELECT count(*) FROM cases n WHERE n.previous_case_id = c.id)"
                  u" FROM cases c WHERE c.applicant_id = ? ORDER BY c.created_at DESC, c.rowid DESC"_s,
                  {applicantId}, nullptr))
        return std::nullopt;
    QSqlQuery matters(db);
    while (q.next()) {
        if (!sql::run(matters,
                      u"SELECT m.matter_code FROM cases c JOIN case_matters m ON m.case_key = c.case_key WHERE c.id = ?"_s,
                      {q.value(0).toString()}, nullptr))
            return std::nullopt;
        QSet<QString> codes;
        while (matters.next())
            codes.insert(matters.value(0).toString());
        if (codes != wanted)
            continue;
        // The latest case for these matters decides: a notice is open only if it is that latest case and
        // nothing names it as its predecessor.
        if (q.value(1).toString() != decisionKey(Decision::OneTimeNotice) || q.value(2).toInt() > 0)
            return std::nullopt;
        return CaseRecords::load(db, q.value(0).toString());
    }
    return std::nullopt;
}

} // namespace ow
