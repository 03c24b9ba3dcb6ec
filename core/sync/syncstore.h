#pragma once
// What the sync client keeps in the local database besides the outbox (migration 0003_sync): small
// facts (status cursor, catalog ETag, last success), the platform's view of each case, and the listings
// the window shows (parked items, results ready for pick-up).

#include "core/domain/case.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

class Database;

// An item a person must look at: the platform refused it.
struct ParkedItem {
    enum class Kind { CaseRevision, Evaluation };
    Kind kind = Kind::CaseRevision;
    QString key; // the outbox row id, or the rating's UUID
    QString caseId;
    QString caseNumber; // the hall's own number
    int revision = 0;   // case revisions only
    int attempts = 0;
    QString reason; // the platform's words
    QDateTime createdAt;
};

struct CaseProgress {
    QString platformStatus; // accepted, in_progress, completed, delivered
    QString department;
    QDateTime changedAt;
};

class SyncStore
{
public:
    static QString changesCursorKey() { return QStringLiteral("changes.cursor"); }
    static QString catalogEtagKey() { return QStringLiteral("catalog.etag"); }
    static QString lastSuccessKey() { return QStringLiteral("sync.last_success"); }

    explicit SyncStore(Database &database);

    QString value(const QString &key) const;
    bool setValue(const QString &key, const QString &value, QString *error = nullptr);

    // The case's local status and official number; nullopt when this database has no such case.
    std::optional<CaseStatus> localStatus(const QString &caseId, QString *officialNumber = nullptr) const;
    bool recordProgress(const QString &caseId, const CaseProgress &progress, QString *error = nullptr);
    std::optional<CaseProgress> progress(const QString &caseId) const;

    // The earliest moment a pending outbox row or rating is due (UTC); invalid when nothing is pending.
    QDateTime nextDueAt() const;
    int readyForPickup() const;
    QList<ParkedItem> parkedItems(int limit = 500) const;

private:
    Database &m_database;
};

} // namespace ow
