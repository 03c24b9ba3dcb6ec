#include "core/storage/handoverrepository.h"

#include "core/storage/caserecords.h"
#include "core/storage/database.h"
#include "core/storage/matterjson.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {

HandoverRepository::HandoverRepository(Database &database)
    : m_database(database)
{}

bool HandoverRepository::record(Handover &h, QString *error)
{
    const QString problem = handoverProblem(h);
    if (!problem.isEmpty()) {
        sql::setError(error, problem);
        return false;
    }
    Handover written = h;
    if (!written.at.isValid())
        written.at = QDateTime::currentDateTimeUtc();
    const bool ok = m_database.transaction(
        [&](QString *detail) {
            // Read inside the write transaction: two clicks, or two windows, cannot both hand it over.
            std::optional<Case> c = CaseRecords::load(m_database.db(), written.caseId, detail);
            if (!c)
                return false;
            if (c->status == CaseStatus::HandedOver) {
                *detail = QCoreApplication::translate("ow::Storage", "the result was handed over already");
                return false;
            }
            if (c->status != CaseStatus::ReadyForPickup) {
                *detail = QCoreApplication::translate("ow::Storage", "the result is not at the hall yet (%1)")
                              .arg(caseStatusName(c->status));
                return false;
            }
            c->status = CaseStatus::HandedOver;
            c->revision += 1;
            c->updatedAt = written.at.toUTC();
            written.revision = c->revision;
            if (!CaseRecords::updateCase(m_database.db(), *c, detail))
                return false;
            QSqlQuery q(m_database.db());
            const bool post = written.method == HandoverMethod::ByPost;
            if (!sql::run(q,
                          u"INSERT INTO handovers (case_id, revision, method, collector, agent_name, agent_id_number, carrier,"
                          u" tracking_number, address, hall_code, window_no, clerk, handed_over_at)"
                          u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {written.caseId, written.revision, handoverMethodKey(written.method),
                           post ? QString() : collectorKey(written.collector), written.agentName.trimmed(),
                           written.agentIdNumber.trimmed().toUpper(), written.carrier.trimmed(), written.trackingNumber.trimmed(),
                           written.address.trimmed(), written.hallCode, written.window, written.clerk,
                           sql::fromDateTime(written.at.toUTC())},
                          detail))
                return false;
            // Frozen bytes, like a case revision's: a resend after a crash sends exactly these.
            const QString payload = QString::fromUtf8(MatterJson::canonical(handoverPayload(written)));
            if (!sql::run(q,
                          u"INSERT INTO outbox (case_id, revision, payload, state, created_at, kind) VALUES (?, ?, ?, ?, ?, ?)"_s,
                          {written.caseId, written.revision, payload, u"pending"_s, sql::fromDateTime(written.at.toUTC()),
                           u"handover"_s},
                          detail))
                return false;
            // The hall reporter's 'statuses' stream follows this sequence (migration 0010).
            return sql::run(q, u"INSERT INTO case_changes (stream, case_id) VALUES (?, ?)"_s, {u"statuses"_s, written.caseId},
                            detail);
        },
        QCoreApplication::translate("ow::Storage", "The hand-over was not recorded: %1"), error);
    if (!ok)
        return false;
    h = written;
    return true;
}

std::optional<Handover> HandoverRepository::forCase(const QString &caseId) const
{
    QSqlQuery q(m_database.db());
    if (!sql::run(q,
                  u"SELECT revision, method, collector, agent_name, agent_id_number, carrier, tracking_number, address,"
                  u" hall_code, window_no, clerk, handed_over_at FROM handovers WHERE case_id = ?"_s,
                  {caseId}, nullptr)
        || !q.next())
        return std::nullopt;
    Handover h;
    h.caseId = caseId;
    h.revision = q.value(0).toInt();
    if (!handoverMethodFromKey(q.value(1).toString(), &h.method))
        qCWarning(lcStorage) << "hand-over of" << caseId << "has unknown method" << q.value(1).toString();
    collectorFromKey(q.value(2).toString(), &h.collector); // empty for a posted result
    h.agentName = q.value(3).toString();
    h.agentIdNumber = q.value(4).toString();
    h.carrier = q.value(5).toString();
    h.trackingNumber = q.value(6).toString();
    h.address = q.value(7).toString();
    h.hallCode = q.value(8).toString();
    h.window = q.value(9).toInt();
    h.clerk = q.value(10).toString();
    h.at = sql::toDateTime(q.value(11));
    return h;
}

QList<PickupEntry> HandoverRepository::readyForPickup(int limit) const
{
    // Ready since the platform said so (case_progress); a case moved by hand has only its own update time.
    return sql::rows(m_database.db(),
                     u"SELECT c.id, coalesce(p.changed_at, c.updated_at) AS since FROM cases c"
                     u" LEFT JOIN case_progress p ON p.case_id = c.id WHERE c.status = ? ORDER BY since, c.id LIMIT ?"_s,
                     {caseStatusKey(CaseStatus::ReadyForPickup), limit}, [](const QSqlQuery &q) {
                         return PickupEntry{q.value(0).toString(), sql::toDateTime(q.value(1))};
                     });
}

} // namespace ow
