#pragma once
// Sends this window's case summaries to the hall service (docs/hall-api.md, "Case summaries"), so the
// supervisor's dashboard works even while the central platform is unreachable.
//
// A round sends, in batches of at most 500, every summary the hall has not confirmed (HallReportStore
// keeps the cursors in the window's database: decisions, sync progress and the platform's status moves,
// so a case the platform completed is sent again with its new status), then stops. Rounds run after each decision (reportNow(),
// which the UI calls), on a timer, and when the hall's event stream comes back. While the hall is down
// nothing is lost: the cursors move only when the hall answers. A batch the hall refuses for a summary's
// sake (400 invalid_summary, 403 case_of_other_window, …) is halved until the one summary it refuses is
// found; that one is set aside (refusedCount()) and the rest go on. A refusal about the window itself
// (401, 403 forbidden, unknown_window: a configuration mistake) sets nothing aside and is tried again.
//
//   HallCaseReporter reporter(db, hallClient, {u"W03"_s, 3});
//   reporter.start();
//   connect(intakePage, &IntakePage::caseSaved, &reporter, &HallCaseReporter::reportNow);

#include "core/hall/client/hallclient.h"
#include "core/hall/reporter/hallreportstore.h"
#include "core/hall/reporter/roundgate.h"

#include <QObject>

class QTimer;

namespace ow {

class HallCaseReporter : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString windowId;       // this window in the hall: "W03"
        int windowNumber = 0;   // the same window in case numbers: 3
        int intervalMs = 60000; // a round at least this often (sync progress, a missed trigger)
        int batchSize = 500;    // the hall takes at most 500 a request
    };

    HallCaseReporter(Database &database, HallClient *client, const Options &options, QObject *parent = nullptr);

    void start(); // the timer, and a round whenever the hall's stream comes back
    void stop();
    bool isBusy() const { return m_gate.isBusy(); }
    int refusedCount() const { return m_refused; }

public Q_SLOTS:
    // A round now, or right after the one running (a decision was just recorded).
    void reportNow();

Q_SIGNALS:
    // complete: the hall has confirmed everything this window has; sent: summaries the hall stored.
    void roundFinished(bool complete, int sent);
    void summariesRefused(int count, const QString &reason);

private:
    void onClientState(HallClient::State state);
    void step();
    void onReply(const HallResult &result);
    void finish(bool complete);

    HallReportStore m_store;
    HallClient *m_client;
    Options m_options;
    QTimer *m_timer;
    HallReportStore::Stream m_stream = HallReportStore::Stream::Revisions;
    HallReportStore::Batch m_batch;
    int m_limit = 0; // this round's batch size; halved while a refusal is narrowed down
    int m_sent = 0;
    int m_refused = 0;
    RoundGate m_gate;
};

} // namespace ow
