#pragma once
// Satisfaction ratings (好差评) waiting to reach the platform. A rating is saved here first, like a
// decision, and delivered by the sync client once its case is on the platform; its UUID is the
// platform's idempotency key, so a resend after a lost reply or a crash changes nothing.

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

class Database;

struct Evaluation {
    QString id; // UUID
    QString caseId;
    int score = 5; // 5 非常满意 ... 1 非常不满意
    QString comment;
    QString channel = QStringLiteral("window"); // window, kiosk, online
    QDateTime ratedAt;                          // UTC
    int attempts = 0;
};

class EvaluationQueue
{
public:
    explicit EvaluationQueue(Database &database);

    // Saves a rating; returns its id, or nullopt (and *error) for a bad score or an unknown case.
    std::optional<QString> add(const QString &caseId, int score, const QString &comment = {},
                               const QString &channel = QStringLiteral("window"), QString *error = nullptr);
    // Pending ratings due at `now` whose case has been delivered, oldest first.
    QList<Evaluation> due(int limit, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    static QByteArray body(const Evaluation &e); // the POST /evaluations body

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
