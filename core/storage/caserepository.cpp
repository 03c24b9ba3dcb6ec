#include "core/storage/caserepository.h"

#include "core/domain/caseids.h"
#include "core/storage/applicantrepository.h"
#include "core/storage/caserecords.h"
#include "core/storage/casesearch.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

bool exists(const QSqlDatabase &db, const QString &sqlText, const QString &value, bool *found, QString *error)
{
    QSqlQuery q(db);
    if (!sql::run(q, sqlText, {value}, error))
        return false;
    *found = q.next();
    q.finish(); // a kept SELECT lets go of its read snapshot now
    return true;
}

// Draws the next number of the day for a hall and window. Runs inside the decision's transaction: if
// the decision rolls back, so does the counter, and the number was never shown to anybody.
bool nextSequence(const QSqlDatabase &db, const QString &hall, const QDate &day, int window, int *seq, QString *error)
{
    QSqlQuery q(db);
    if (!sql::run(q,
                  u"INSERT INTO case_number_sequences (hall_code, day, window_no, last_seq) VALUES (?, ?, ?, 1)"
                  u" ON CONFLICT (hall_code, day, window_no) DO UPDATE SET last_seq = last_seq + 1"
                  u" RETURNING last_seq"_s,
                  {hall, sql::fromDate(day), window}, error))
        return false;
    if (!q.next()) {
        sql::setError(error, QCoreApplication::translate("ow::Storage", "No case number was drawn."));
        return false;
    }
    *seq = q.value(0).toInt();
    q.finish();
    return true;
}

bool setSequence(const QSqlDatabase &db, const QString &hall, const QDate &day, int window, int seq, QString *error)
{
    QSqlQuery q(db);
    return sql::run(q, u"UPDATE case_number_sequences SET last_seq = ? WHERE hall_code = ? AND day = ? AND window_no = ?"_s,
                    {seq, hall, sql::fromDate(day), window}, error);
}

QString validationError(const Case &c)
{
    if (!isHallCode(c.hallCode))
        return QCoreApplication::translate("ow::Storage", "The hall code \"%1\" must be 1 to 16 letters or digits.")
            .arg(c.hallCode);
    if (c.window < 1 || c.window > 99)
        return QCoreApplication::translate("ow::Storage", "The window number %1 is not between 1 and 99.").arg(c.window);
    if (c.matters.isEmpty())
        return QCoreApplication::translate("ow::Storage", "A case needs at least one matter.");
    return {};
}

} // namespace

CaseRepository::CaseRepository(Database &database)
    : m_database(database)
{}

QString CaseRepository::queryCodeAlphabet()
{
    return u"34679ACDEFGHJKMNPQRTUVWXY"_s;
}

QString CaseRepository::formatCaseNumber(const QString &hallCode, const QDate &day, int window, int sequence)
{
    return hallCode + u'-' + day.toString(u"yyyyMMdd") + u'-' + QString::number(window).rightJustified(2, u'0') + u'-'
           + QString::number(sequence).rightJustified(4, u'0');
}

bool CaseRepository::commitDecision(Case &c, const Applicant &applicant, QString *error)
{
    const Case original = c;
    c.hallCode = c.hallCode.trimmed().toUpper();
    const QString invalid = validationError(c);
    if (!invalid.isEmpty()) {
        c = original;
        sql::setError(error, invalid);
        return false;
    }
    QSqlDatabase db = m_database.db();
    QString detail;
    const bool ok = m_database.transaction(
        [&] {
            Applicant a = applicant;
            if (!ApplicantRepository(m_database).upsert(a, &detail))
                return false;
            c.applicantId = a.id;
            if (c.id.isEmpty()) {
                c.id = timeOrderedUuid();
            } else {
                bool taken = false;
                if (!exists(db, u"SELECT 1 FROM cases WHERE id = ?"_s, c.id, &taken, &detail))
                    return false;
                if (taken) {
                    detail = QCoreApplication::translate("ow::Storage", "Case %1 is already saved.").arg(c.id);
                    return false;
                }
            }
            const QDateTime now = QDateTime::currentDateTimeUtc();
            c.createdAt = c.createdAt.isValid() ? c.createdAt.toUTC() : now;
            c.updatedAt = now;
            c.revision = 1;
            const QDate day = c.createdAt.toLocalTime().date();

            int seq = 0;
            if (!nextSequence(db, c.hallCode, day, c.window, &seq, &detail))
                return false;
            for (;;) {
                // Belt and braces: a counter behind the issued numbers (a hand-edited or restored file) skips
                // ahead instead of failing the clerk on a UNIQUE constraint. DatabaseCheck reports it.
                c.caseNumber = formatCaseNumber(c.hallCode, day, c.window, seq);
                bool taken = false;
                if (!exists(db, u"SELECT 1 FROM cases WHERE case_number = ?"_s, c.caseNumber, &taken, &detail))
                    return false;
                if (!taken)
                    break;
                qCWarning(lcStorage) << "case number" << c.caseNumber << "already issued; sequence was behind";
                if (!setSequence(db, c.hallCode, day, c.window, ++seq, &detail))
                    return false;
            }

            const QString alphabet = queryCodeAlphabet();
            for (int attempt = 0;; ++attempt) {
                QString code;
                for (int i = 0; i < QueryCodeLength; ++i)
                    code += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
                bool taken = false;
                if (!exists(db, u"SELECT 1 FROM cases WHERE query_code = ?"_s, code, &taken, &detail))
                    return false;
                if (!taken) {
                    c.queryCode = code;
                    break;
                }
                if (attempt == 20) { // 25^8 codes: twenty collisions in a row means a broken random source
                    detail = QCoreApplication::translate("ow::Storage", "Cannot find an unused query code.");
                    return false;
                }
            }

            return CaseRecords::insertCase(db, c, day, &detail)
                   && CaseRecords::writeLines(db, c, CaseRecords::Lines::New, &detail)
                   && CaseRecords::appendOutbox(db, c, a, &detail);
        },
        &detail);

    if (!ok) {
        c = original;
        sql::setError(error, QCoreApplication::translate("ow::Storage", "The case was not saved: %1").arg(detail));
        return false;
    }
    qCDebug(lcStorage) << "case" << c.caseNumber << "saved as" << c.id << decisionKey(c.decision);
    return true;
}

bool CaseRepository::recordSupplement(const QString &caseId, const QStringList &receivedKinds, const QDate &on, QString *error,
                                      SupplementChannel channel)
{
    return supplement(caseId, receivedKinds, on, error, channel == SupplementChannel::InPerson, false, nullptr);
}

bool CaseRepository::completeSupplementAlreadyMet(const QString &caseId, bool *changed, QString *error)
{
    // The same path as a supplement that brought nothing and was no trip; only when nothing is owed.
    return supplement(caseId, {}, QDate::currentDate(), error, false, true, changed);
}

QList<Case> CaseRepository::supplementsAlreadyMet(const QSqlDatabase &db, QString *error)
{
    QList<Case> stuck;
    QSqlQuery q(db);
    if (!sql::run(q, u"SELECT id FROM cases WHERE status = ? ORDER BY case_number"_s,
                  {caseStatusKey(CaseStatus::AwaitingSupplement)}, error))
        return stuck;
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    for (const QString &id : ids) {
        const std::optional<Case> c = CaseRecords::load(db, id, error);
        if (!c)
            return {};
        if (std::none_of(c->materials.cbegin(), c->materials.cend(), [](const CaseMaterial &m) { return m.owed(); }))
            stuck.append(*c);
    }
    return stuck;
}

bool CaseRepository::supplement(const QString &caseId, const QStringList &receivedKinds, const QDate &on, QString *error,
                                bool addTrip, bool onlyIfNothingOwed, bool *changed)
{
    if (changed)
        *changed = false;
    if (!on.isValid()) {
        sql::setError(error, QCoreApplication::translate("ow::Storage", "The day the materials were received is missing."));
        return false;
    }
    QSqlDatabase db = m_database.db();
    QString detail;
    const bool ok = m_database.transaction(
        [&] {
            std::optional<Case> loaded = CaseRecords::load(db, caseId, &detail);
            if (!loaded)
                return false;
            Case c = *loaded;
            if (onlyIfNothingOwed
                && (c.status != CaseStatus::AwaitingSupplement
                    || std::any_of(c.materials.cbegin(), c.materials.cend(), [](const CaseMaterial &m) { return m.owed(); })))
                return true; // another window repaired it first, or it still owes a line: nothing to do
            if (c.status != CaseStatus::AwaitingSupplement) {
                detail = QCoreApplication::translate("ow::Storage", "Case %1 is not waiting for materials.").arg(c.caseNumber);
                return false;
            }
            const QSet<QString> kinds(receivedKinds.cbegin(), receivedKinds.cend());
            for (const QString &kind : kinds) {
                const bool listed =
                    std::any_of(c.materials.cbegin(), c.materials.cend(), [&](const CaseMaterial &m) { return m.kind == kind; });
                if (!listed) {
                    detail = QCoreApplication::translate("ow::Storage", "Case %1 does not list the material %2.")
                                 .arg(c.caseNumber, kind);
                    return false;
                }
            }
            bool missing = false;
            for (CaseMaterial &m : c.materials) {
                if (kinds.contains(m.kind) && !m.received) {
                    m.received = true;
                    m.receivedOn = on;
                    ++c.collectedCount;
                }
                // Reused and data-sharing lines were never asked of the applicant, optional ones never owed.
                if (m.owed())
                    missing = true;
            }
            if (!missing)
                c.status = CaseStatus::Accepted;
            if (addTrip)
                ++c.trips;
            ++c.revision;
            c.updatedAt = QDateTime::currentDateTimeUtc();
            const std::optional<Applicant> applicant = ApplicantRepository(m_database).byId(c.applicantId);
            if (!applicant) {
                detail = QCoreApplication::translate("ow::Storage", "The applicant of case %1 is missing.").arg(c.caseNumber);
                return false;
            }
            return CaseRecords::updateCase(db, c, &detail) && CaseRecords::writeLines(db, c, CaseRecords::Lines::Replace, &detail)
                   && CaseRecords::appendOutbox(db, c, *applicant, &detail) && (!changed || (*changed = true));
        },
        &detail);
    if (!ok) {
        if (changed)
            *changed = false;
        sql::setError(error, QCoreApplication::translate("ow::Storage", "The return trip was not saved: %1").arg(detail));
        return false;
    }
    return true;
}

bool CaseRepository::markOfficialNumber(const QString &caseId, const QString &officialNumber, QString *error)
{
    QSqlQuery q(m_database.db());
    QString detail;
    if (!sql::prepare(q, u"UPDATE cases SET official_number = ? WHERE id = ?"_s, &detail)) {
        sql::setError(error, detail);
        return false;
    }
    q.addBindValue(sql::nullIfEmpty(officialNumber));
    q.addBindValue(caseId);
    const bool ran = sql::exec(q, &detail);
    if (ran && q.numRowsAffected() != 1)
        detail = QCoreApplication::translate("ow::Storage", "no such case");
    if (!ran || q.numRowsAffected() != 1) {
        sql::setError(
            error,
            QCoreApplication::translate("ow::Storage", "Cannot record the official number of case %1: %2").arg(caseId, detail));
        return false;
    }
    return true;
}

bool CaseRepository::applyPlatformStatus(const QString &caseId, CaseStatus status, QString *error)
{
    QString detail;
    const bool ok = m_database.transaction(
        [&] {
            QSqlQuery q(m_database.db());
            if (!sql::run(q, u"UPDATE cases SET status = ?, updated_at = ? WHERE id = ?"_s,
                          {caseStatusKey(status), sql::nowUtc(), caseId}, &detail))
                return false;
            if (q.numRowsAffected() != 1) {
                detail = QCoreApplication::translate("ow::Storage", "no such case");
                return false;
            }
            // The hall reporter's 'statuses' stream follows this sequence, not updated_at (migration 0010).
            return sql::run(q, u"INSERT INTO case_changes (stream, case_id) VALUES (?, ?)"_s, {u"statuses"_s, caseId}, &detail);
        },
        &detail);
    if (!ok)
        sql::setError(error,
                      QCoreApplication::translate("ow::Storage", "Cannot update the status of case %1: %2").arg(caseId, detail));
    return ok;
}

std::optional<Case> CaseRepository::byId(const QString &id) const
{
    return CaseRecords::load(m_database.db(), id);
}

std::optional<Case> CaseRepository::byColumn(const QString &sqlText, const QString &value) const
{
    const QList<Case> found = byIdQuery(sqlText, {value});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Case> CaseRepository::byIdQuery(const QString &sqlText, const QVariantList &values) const
{
    QSqlDatabase db = m_database.db();
    QStringList ids;
    {
        QSqlQuery q(db);
        if (!sql::run(q, sqlText, values, nullptr))
            return {};
        while (q.next())
            ids.append(q.value(0).toString());
    }
    return CaseRecords::loadAll(db, ids);
}

std::optional<Case> CaseRepository::byCaseNumber(const QString &caseNumber) const
{
    return byColumn(u"SELECT id FROM cases WHERE case_number = ?"_s, caseNumber.trimmed().toUpper());
}

std::optional<Case> CaseRepository::byQueryCode(const QString &queryCode) const
{
    return byColumn(u"SELECT id FROM cases WHERE query_code = ?"_s, queryCode.trimmed().toUpper());
}

QList<Case> CaseRepository::search(const QString &text, int limit) const
{
    QSqlDatabase db = m_database.db();
    return CaseRecords::loadAll(db, CaseSearch::matching(db, text, limit));
}

QList<Case> CaseRepository::forDay(const QDate &day) const
{
    return byIdQuery(u"SELECT id FROM cases WHERE local_day = ? ORDER BY created_at, rowid"_s, {sql::fromDate(day)});
}

} // namespace ow
