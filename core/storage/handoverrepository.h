#pragma once
// The result's hand-over (出件): the pick-up list and the recorded hand-overs. Recording one is ONE
// transaction over the case (status 已送达, revision + 1), the hand-over row and its outbox row, joined
// to the caller's transaction when there is one (the audit entry commits with it).

#include "core/domain/case.h"
#include "core/domain/handover.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace ow {

class Database;

// A case whose result waits at the hall, and since when (the platform's "delivered").
struct PickupEntry {
    QString caseId;
    QDateTime readySince; // UTC
};

class HandoverRepository
{
public:
    explicit HandoverRepository(Database &database);

    // Records h for its case: the case must be ready for pick-up and not handed over yet, and h must pass
    // handoverProblem. Sets h.revision to the case's new revision; h.at now when unset.
    bool record(Handover &h, QString *error = nullptr);
    std::optional<Handover> forCase(const QString &caseId) const;

    // The cases ready for pick-up, the longest waiting first.
    QList<PickupEntry> readyForPickup(int limit = 500) const;

private:
    Database &m_database;
};

} // namespace ow
