#pragma once
// Brings the ratings (好差评) given at the hall into this window's evaluations, so the sync delivers each
// to the platform exactly once (docs/adr/0034-ratings-leave-the-hall.md).
//
// The rating screen and the kiosk rate a ticket at the hall service; the ticket carries the cases this
// window linked to it. The follower reads the hall's ticket_rated and ticket_cases_linked events after a
// cursor kept in the window's database (GET /events?types=…, a page at a time): a rating counts once both
// the rating and a case are on the ticket, whichever came first. Each (ticket, case) becomes one
// evaluation with an id derived from the two (EvaluationQueue::addFromHall), written in the same
// transaction as the cursor's move, so a crash, a replay or a second follower adds nothing twice. Cases of
// other windows are not in this database and are skipped. Rounds run on start, when the hall's stream
// comes back, on every rating event it carries, and on a timer (a window program closed all afternoon
// catches up at its next start). A hall whose sequence went back (a new hall database) is read again from
// the start: the ids make that harmless.
//
//   HallRatingFollower ratings(db, hallClient);
//   ratings.start();

#include "core/hall/client/hallclient.h"
#include "core/hall/reporter/roundgate.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace ow {

class Database;

class HallRatingFollower : public QObject
{
    Q_OBJECT
public:
    struct Options {
        int intervalMs = 5 * 60 * 1000; // a round at least this often
        int pageSize = 500;             // events a request (the hall allows 5000)
    };

    HallRatingFollower(Database &database, HallClient *client, const Options &options, QObject *parent = nullptr);
    HallRatingFollower(Database &database, HallClient *client, QObject *parent = nullptr);

    void start();
    void stop();
    bool isBusy() const { return m_gate.isBusy(); }
    qint64 cursor(QString *error = nullptr) const; // the hall's last event read

public Q_SLOTS:
    void followNow(); // a round now, or right after the one running

Q_SIGNALS:
    // ok: read up to the hall's last event; added: evaluations kept this round.
    void roundFinished(bool ok, int added);

private:
    void step();
    void onPage(const HallResult &result);
    void finish(bool ok);
    bool keep(const QList<HallEvent> &events, qint64 nextCursor, QString *error);

    Database &m_database;
    QPointer<HallClient> m_client;
    Options m_options;
    QTimer *m_timer;
    RoundGate m_gate;
    int m_added = 0;
    int m_pages = 0;
    qint64 m_since = 0; // the cursor the page on its way was asked from
};

} // namespace ow
