#include "core/hall/reporter/hallratingfollower.h"

#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"
#include "core/sync/evaluationqueue.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow {

Q_LOGGING_CATEGORY(lcHallRatings, "onewindow.hall.ratings", QtInfoMsg)

namespace {

const QString Follower = u"ratings"_s;
const QStringList RatingEvents{u"ticket_rated"_s, u"ticket_cases_linked"_s};
constexpr int MaxPagesPerRound = 1000; // a year of a busy hall's ratings; the next round goes on

} // namespace

HallRatingFollower::HallRatingFollower(Database &database, HallClient *client, const Options &options, QObject *parent)
    : QObject(parent),
      m_database(database),
      m_client(client),
      m_options(options),
      m_timer(new QTimer(this))
{
    m_options.pageSize = std::clamp(m_options.pageSize, 1, 5000);
    m_timer->setInterval(std::max(100, m_options.intervalMs));
    connect(m_timer, &QTimer::timeout, this, &HallRatingFollower::followNow);
}

HallRatingFollower::HallRatingFollower(Database &database, HallClient *client, QObject *parent)
    : HallRatingFollower(database, client, Options(), parent)
{}

void HallRatingFollower::start()
{
    if (!m_client)
        return;
    connect(
        m_client, &HallClient::stateChanged, this,
        [this](HallClient::State state) {
            if (state == HallClient::State::Online)
                followNow(); // back after an outage: ratings given meanwhile
        },
        Qt::UniqueConnection);
    connect(m_client, &HallClient::ticketRated, this, &HallRatingFollower::followNow, Qt::UniqueConnection);
    connect(m_client, &HallClient::ticketCasesLinked, this, &HallRatingFollower::followNow, Qt::UniqueConnection);
    m_timer->start();
    followNow();
}

void HallRatingFollower::stop()
{
    m_timer->stop();
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
}

qint64 HallRatingFollower::cursor(QString *error) const
{
    QSqlQuery q(m_database.db());
    if (!sql::run(q, u"SELECT seq FROM hall_event_cursors WHERE follower = ?"_s, {Follower}, error))
        return 0;
    return q.next() ? q.value(0).toLongLong() : 0;
}

void HallRatingFollower::followNow()
{
    if (!m_client)
        return;
    if (!m_gate.begin())
        return;
    m_added = 0;
    m_pages = 0;
    step();
}

void HallRatingFollower::step()
{
    QString error;
    m_since = cursor(&error);
    if (!error.isEmpty()) {
        qCWarning(lcHallRatings).noquote() << "cannot read the ratings cursor:" << error;
        finish(false);
        return;
    }
    ++m_pages;
    connect(m_client->fetchEvents(m_since, m_options.pageSize, RatingEvents), &HallReply::finished, this,
            &HallRatingFollower::onPage);
}

void HallRatingFollower::onPage(const HallResult &result)
{
    if (!result.ok()) {
        qCInfo(lcHallRatings).noquote() << "the hall's rating events are not available now:" << result.errorCode;
        finish(false);
        return;
    }
    QString error;
    const qint64 since = m_since; // the cursor this page was asked from; only this follower moves it
    const qint64 hallSeq = result.sequence();
    if (hallSeq < since) {
        // The hall's sequence went back: a new hall database. Read it from its start; ids keep each rating once.
        qCWarning(lcHallRatings) << "the hall's events restart at" << hallSeq << "below this window's cursor" << since;
        if (!keep({}, 0, &error)) {
            qCWarning(lcHallRatings).noquote() << "cannot reset the ratings cursor:" << error;
            finish(false);
            return;
        }
        step();
        return;
    }
    const QList<HallEvent> events = result.events();
    // A full page may have more behind it: go on from its last event. Otherwise the hall has looked at
    // everything up to its seq, including the events of other types the filter passed over.
    const bool full = events.size() >= m_options.pageSize && !events.isEmpty();
    const qint64 next = full ? std::max(since, events.constLast().seq) : std::max(since, hallSeq);
    if (!keep(events, next, &error)) {
        qCWarning(lcHallRatings).noquote() << "cannot keep the hall's ratings:" << error;
        finish(false);
        return;
    }
    if (full && next > since && m_pages < MaxPagesPerRound) {
        step();
        return;
    }
    finish(true);
}

bool HallRatingFollower::keep(const QList<HallEvent> &events, qint64 nextCursor, QString *error)
{
    int added = 0;
    const bool ok = m_database.transaction(
        [&] {
            EvaluationQueue queue(m_database);
            for (const HallEvent &event : events) {
                const HallTicket &t = event.ticket;
                if (!t.isValid() || t.rating <= 0)
                    continue; // linked before it was rated: its ticket_rated event comes later
                for (const QString &caseNumber : t.caseIds) {
                    bool one = false;
                    // A hall from before ratedAt: the rating's own event is the time it was given.
                    const QDateTime at = t.ratedAt.isValid() ? t.ratedAt : event.at;
                    const HallRating rating{t.id, caseNumber, t.rating, t.ratingComment, t.ratingReasons, at};
                    if (!queue.addFromHall(rating, &one, error))
                        return false;
                    added += one ? 1 : 0;
                }
            }
            QSqlQuery q(m_database.db());
            return sql::run(q,
                            u"INSERT INTO hall_event_cursors (follower, seq, updated_at) VALUES (?, ?, ?)"
                            u" ON CONFLICT (follower) DO UPDATE SET seq = excluded.seq, updated_at = excluded.updated_at"_s,
                            {Follower, nextCursor, sql::nowUtc()}, error);
        },
        error);
    if (ok)
        m_added += added;
    return ok;
}

void HallRatingFollower::finish(bool ok)
{
    const bool again = m_gate.end();
    Q_EMIT roundFinished(ok, m_added);
    if (again)
        QTimer::singleShot(0, this, &HallRatingFollower::followNow);
}

} // namespace ow
