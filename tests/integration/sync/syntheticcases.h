#pragma once
// Offline decisions made fast for the sync tests and the benchmark: the demo catalog's matters, well-formed
// applicants, the real commit path (CaseRepository), many commits per transaction.

#include <QString>
#include <QStringList>

namespace ow {
class Database;
}

namespace owsync {

struct MadeCases {
    QStringList caseIds;  // every case, in commit order
    QStringList awaiting; // those accepted with a deficiency (容缺): a return trip makes their revision 2
};

// Imports the demo catalog when the database has none, then commits `count` decisions (a mix of accept,
// 容缺, one-time notice and not accepted).
MadeCases commitCases(ow::Database &db, int count, unsigned seed, QString *error);

// A return trip bringing the missing material: the case's next revision, with its outbox row.
bool supplement(ow::Database &db, const QString &caseId, QString *error);

} // namespace owsync
