// ApplicantRepository's retention side (docs/adr/0023-retention.md): what an applicant keeps once no case
// needs the person's details any more, and the pseudonym that lets reuse find the row again.
#include "core/storage/applicantrepository.h"
#include "core/storage/database.h"
#include "core/storage/outbox.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QPasswordDigestor>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// Costly enough that trying every ID number of a birth year against a stolen file takes days per store,
// cheap enough (about a millisecond) for a lookup at the counter and for pruning a year's applicants.
constexpr int kPseudonymIterations = 1000;

// Per database, so a table made for one store is no use against another, and stable for its life: the
// time its first migration was applied. It is no secret (it sits in the same file): the iterations are
// what make a search through the numbers slow.
QByteArray storeSalt(const QSqlDatabase &db)
{
    return "onewindow-applicant-pseudonym:"
           + sql::scalar(db, u"SELECT applied_at FROM schema_version WHERE version = ?"_s, {1}).toString().toUtf8();
}

} // namespace

QString ApplicantRepository::pseudonym(const QString &idNumber) const
{
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, normalizedIdNumber(idNumber).toUtf8(),
                                                              storeSalt(m_database.db()), kPseudonymIterations, 16);
    return u'#' + QString::fromLatin1(key.toHex());
}

bool ApplicantRepository::prunePersonalData(const QDateTime &closedBefore, bool dryRun, int limit, PruneCursor &cursor,
                                            QString *error)
{
    if (cursor.done)
        return true;
    const QVariant cut = sql::fromDateTime(closedBefore);
    const QVariantList closed{caseStatusKey(CaseStatus::Completed), caseStatusKey(CaseStatus::Rejected),
                              caseStatusKey(CaseStatus::Notified), caseStatusKey(CaseStatus::HandedOver)};
    return m_database.transaction(
        [&](QString *detail) {
            QSqlQuery q(m_database.db());
            // Due: not pruned yet, every case closed before the cut (a one-time notice counts as closed: the
            // applicant who comes back is found again by the pseudonym), nothing of theirs still to send.
            if (!sql::run(q,
                          u"SELECT a.id, a.id_number, substr(a.id_number, 1, 1) <> '#' AND a.updated_at < ?"
                          u" AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.applicant_id = a.id"
                          u"   AND (c.status NOT IN (?, ?, ?, ?) OR c.updated_at >= ?))"
                          u" AND NOT EXISTS (SELECT 1 FROM cases c JOIN outbox o ON o.case_id = c.id"
                          u"   WHERE c.applicant_id = a.id AND o.state <> ?)"
                          u" FROM applicants a WHERE a.id > ? ORDER BY a.id LIMIT ?"_s,
                          {cut, closed.at(0), closed.at(1), closed.at(2), closed.at(3), cut, outboxStateKey(OutboxState::Sent),
                           cursor.after.isNull() ? QVariant(QString()) : cursor.after, limit},
                          detail))
                return false;
            QList<std::pair<QString, QString>> due; // id, ID number
            int walked = 0;
            while (q.next()) {
                ++walked;
                cursor.after = q.value(0).toString();
                if (q.value(2).toBool())
                    due.append({q.value(0).toString(), q.value(1).toString()});
            }
            q.finish();
            cursor.done = walked < limit;
            if (!dryRun) {
                const QString now = sql::nowUtc();
                for (const auto &[id, number] : due) {
                    // Plain UPDATEs: the search index's triggers follow them.
                    if (!sql::run(q,
                                  u"UPDATE applicants SET id_number = ?, name = '', phone = '', address = '',"
                                  u" legal_representative = '', updated_at = ? WHERE id = ?"_s,
                                  {pseudonym(number), now, id}, detail)
                        // The hand-over's personal data (schema 14): the posting address, the agent.
                        || !sql::run(q, u"UPDATE cases SET delivery_address = '' WHERE applicant_id = ?"_s, {id}, detail)
                        || !sql::run(q,
                                     u"UPDATE handovers SET agent_name = '', agent_id_number = '', address = ''"
                                     u" WHERE case_id IN (SELECT c.id FROM cases c WHERE c.applicant_id = ?)"_s,
                                     {id}, detail)
                        || !sql::run(q,
                                     // Through the applicant's cases, never the state index: "+" keeps
                                     // SQLite from walking every delivered row of the outbox per applicant.
                                     u"SELECT o.id FROM cases c CROSS JOIN outbox o ON o.case_id = c.id"
                                     u" WHERE c.applicant_id = ? AND +o.state = ? AND o.payload <> ''"_s,
                                     {id, outboxStateKey(OutboxState::Sent)}, detail))
                        return false;
                    QList<qint64> payloads;
                    while (q.next())
                        payloads << q.value(0).toLongLong();
                    q.finish();
                    if (!Outbox(m_database).dropPayloads(payloads, detail))
                        return false;
                }
            }
            cursor.count += due.size();
            return true;
        },
        QCoreApplication::translate("ow::Storage", "Cannot prune applicants' personal data: %1"), error);
}

} // namespace ow
