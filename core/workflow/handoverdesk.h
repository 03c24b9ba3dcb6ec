#pragma once
// The result's hand-over at the window (出件): the pick-up list, recording who collected a result or how
// it was posted (audited with it, in one transaction), and the document that goes with it.

#include "core/storage/handoverrepository.h"
#include "core/workflow/casedesk.h"

#include <QCoreApplication>

namespace ow {

class WorkingCalendar;

struct PickupItem {
    CaseDeskEntry entry;
    QDateTime readySince; // UTC
    int workingDaysWaiting = 0;
};

class HandoverDesk
{
    Q_DECLARE_TR_FUNCTIONS(ow::HandoverDesk)

public:
    // calendar may be null: waiting is then counted in calendar days.
    HandoverDesk(Database &database, AuditTrail *audit, CaseDesk &desk, const WorkingCalendar *calendar = nullptr);

    // The cases whose result waits at the hall, the longest waiting first.
    QList<PickupItem> readyList(const QDate &today = QDate::currentDate()) const;

    // Records h (hall, window and clerk taken from the desk's station and `clerk`) with an audit entry
    // "handover" in the same transaction. The audit detail names the method and collector, never the
    // agent's ID number.
    bool handOver(Handover &h, const QString &clerk, QString *error);

    // The 领取回执 or 送达回证 of a recorded hand-over; nullopt when the case has none.
    std::optional<CaseDocument> document(const QString &caseId, const QDateTime &printedAt) const;

private:
    Database &m_database;
    AuditTrail *m_audit;
    CaseDesk &m_desk;
    const WorkingCalendar *m_calendar;
};

} // namespace ow
