#pragma once
// The hall's own SQLite file (WAL, synchronous=FULL via ow::Database) with its own migrations
// (:/onewindow/hall/migrations). One operation = one transaction: its events (as the boards received
// them) and every record they changed. After a kill -9 or a power cut the queue comes back exactly as
// the last committed operation left it (docs/adr/0007-hall-queue-persistence.md).

#include "core/hall/protocol/casesummary.h"
#include "core/queue/queueengine.h"
#include "core/storage/database.h"

#include <QJsonObject>
#include <QList>

#include <functional>

namespace ow {

class HallStore
{
public:
    // The migrations built into this program for the hall database.
    static QList<Migration> migrations(QString *error = nullptr);

    bool open(const QString &path, QString *error);
    void close() { m_db.close(); }
    Database &database() { return m_db; }

    // The queue as the last committed operation left it; an empty state for a new file. Fails when the
    // state and the event log disagree (a file edited by hand, or restored from mismatched backups).
    bool load(QueueState *state, QString *error);

    // Writes an operation: messages[i] is result.events[i] as broadcast (the event with the ticket and
    // window after it), then the changed records and the state's meta row. All or nothing.
    // alsoWrite, when given, runs last inside the same transaction.
    bool commit(const QueueResult &result, const QueueState &state, const QList<QJsonObject> &messages, QString *error,
                const std::function<bool(QString *error)> &alsoWrite = {});

    // Stored event messages with seq > since, oldest first, at most limit.
    // The stored event messages after `since`, at most `limit`; only of `types` when given.
    QList<QJsonObject> messagesSince(qint64 since, int limit, const QStringList &types, QString *error);
    // The day's events, oldest first (for statistics of a past day).
    QList<QueueEvent> eventsOfDay(const QDate &day, QString *error);
    // The day's last calls and recalls, newest first.
    QList<QJsonObject> latestCalls(const QDate &day, int count, QString *error);

    // Case summaries and ticket links (hallstore_cases.cpp). The version the hall has of a case: *windowId
    // empty when it has none. False only when the database failed.
    bool summaryVersion(const QString &caseId, QString *windowId, QDateTime *updatedAt, QString *error);
    // The ticket a case was linked to, or "".
    QString ticketOfCase(const QString &caseId, QString *error);
    // Inserts or replaces a case's summary (the caller checked it is newer). Inside commit()'s transaction.
    bool writeSummary(const CaseSummary &summary, QString *error);
    // Summaries / tickets (as the API shows them) of the days from..to, by day.
    QList<QJsonObject> summaries(const QDate &from, const QDate &to, QString *error);
    QList<QJsonObject> tickets(const QDate &from, const QDate &to, QString *error);

    // Bad ratings and what was done about them (hallstore_ratings.cpp, migration 0003).
    struct RatingCounts {
        int rated = 0;     // tickets of the days with a rating
        int satisfied = 0; // of those, rated 4 or 5 (the dashboard's satisfaction, dashboardfigures.h)
    };
    // The tickets of the days rated 1 or 2, each with its follow-ups ({"ticket":…, "followUps":[…]}), by day.
    QList<QJsonObject> badRatings(const QDate &from, const QDate &to, RatingCounts *counts, QString *error);
    // The ticket as stored (any day), or an empty object.
    QJsonObject storedTicket(const QString &ticketId, QString *error);
    int followUpCount(const QString &ticketId, QString *error);
    // Appends one follow-up and returns it as the API shows it; an empty object when the database failed.
    QJsonObject addFollowUp(const QString &ticketId, const QString &kind, const QString &note, const QString &actor,
                            const QDateTime &at, QString *error);

    // Bookings made at the hall (hallstore_bookings.cpp, migration 0004). Whether a code was ever used (any
    // day); the person who booked, written in the booking's transaction; bookings whose code, phone or name
    // contains q (all when q is empty) of one day (any day from today when day is invalid), each as the
    // booking's JSON with "name", "phone", "state" and "createdAt", at most limit.
    bool bookingCodeUsed(const QString &code, bool *used, QString *error);
    bool writeBookingContact(const QString &code, const QString &name, const QString &phone, const QDateTime &createdAt,
                             QString *error);
    QList<QJsonObject> findBookings(const QDate &day, const QDate &today, const QString &q, int limit, QString *error);
    QJsonObject storedBooking(const QString &code, QString *error);
    // Blanks the name and phone of every booking of a day before `before`; the number blanked, or -1 when the
    // database failed. Code, slot and state stay (statistics, the event log).
    int forgetBookingContacts(const QDate &before, QString *error);

private:
    bool writeCaseLinks(const QueueEvent &linked, QString *error);
    bool writeTicket(const Ticket &t, QString *error);
    bool writeWindow(const WindowState &w, QString *error);
    bool writeBooking(const Booking &b, QString *error);
    bool writeEvent(const QueueEvent &e, const QJsonObject &message, QString *error);
    bool writeMeta(const QueueState &state, QString *error);

    Database m_db;
};

} // namespace ow
