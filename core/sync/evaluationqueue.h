#pragma once
// Satisfaction ratings (好差评) waiting to reach the platform. A rating is saved here first, like a
// decision, and delivered by the sync client once its case is on the platform; its UUID is the
// platform's idempotency key, so a resend after a lost reply or a crash changes nothing.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow {

class Database;

struct QueuedRating {
    QString id; // UUID
    QString caseId;
    int score = 5; // 5 非常满意 ... 1 非常不满意
    QString comment;
    QString channel = QStringLiteral("window"); // window, kiosk, online
    QDateTime ratedAt;                          // UTC
    int attempts = 0;
    QStringList reasons; // core/domain/ratingreasons.h keys, for a score of 1 or 2
    QString ticketId;    // the hall ticket rated, "" for a rating taken in this program
};

// A rating the hall recorded for one of its tickets, as the window reads it from the hall's events.
struct HallRating {
    QString ticketId;   // "20261128-A017"
    QString caseNumber; // one of the ticket's linked cases: "DEMO-20261128-03-0001"
    int score = 0;
    QString comment;
    QStringList reasons;
    QDateTime ratedAt;
};

class EvaluationQueue
{
public:
    explicit EvaluationQueue(Database &database);

    // Saves a rating; returns its id, or nullopt (and *error) for a bad score or an unknown case.
    std::optional<QString> add(const QString &caseId, int score, const QString &comment = {},
                               const QString &channel = QStringLiteral("window"), QString *error = nullptr);
    // Keeps a rating given at the hall if its case is one of this database's. Its id is derived from the
    // ticket and the case, so the same rating read again (an event replayed, the hall asked twice) is the same
    // row: true with *added false. False with *error only when the database failed; a case of another
    // window, or a rating that does not read (score, reasons), is skipped with *added false.
    bool addFromHall(const HallRating &rating, bool *added, QString *error = nullptr);
    static QString hallRatingId(const QString &ticketId, const QString &caseNumber);

    // Pending ratings due at `now` whose case has been delivered, oldest first.
    QList<QueuedRating> due(int limit, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    static QByteArray body(const QueuedRating &e); // the POST /evaluations body

    bool markSent(const QString &id, QString *error = nullptr);
    bool scheduleRetry(const QString &id, const QDateTime &nextAt, const QString &reason, QString *error = nullptr);
    bool markParked(const QString &id, const QString &reason, QString *error = nullptr);
    bool unpark(const QString &id, QString *error = nullptr);

    int pendingCount() const;
    int parkedCount() const;
    QString state(const QString &id) const; // pending, sent, parked; empty when unknown

private:
    bool update(const QString &sqlText, const QVariantList &values, QString *error);

    Database &m_database;
};

} // namespace ow
