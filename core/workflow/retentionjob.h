#pragma once
// The retention job (docs/adr/0023-retention.md): the store's part (payloads, applicants' personal data),
// the archived PDFs of closed cases, then the freed space given back, and one audit row with the counts.
// onewindowctl runs it to the end at once (run); the window starts it once a day (startIfDue) and it goes
// on in small batches on the event loop, each a few milliseconds, so the clerk never waits for it.

#include "core/storage/retention.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QSettings;

namespace ow {

class AuditTrail;
class Database;

class RetentionJob : public QObject
{
    Q_OBJECT

public:
    struct Options {
        RetentionPolicy policy;
        QString documentsDir; // where documents are archived (YYYY-MM-DD/<case number>-<kind>.pdf)
        QString username;     // who the audit row names: the signed-in clerk, or the admin tool
        QString hallCode;
        int window = 0;
    };

    RetentionJob(Database &database, AuditTrail *audit, Options options, QObject *parent = nullptr);
    ~RetentionJob() override;

    // The whole job now. A real run first rewrites a store that is not yet incremental when convertStore
    // is set (once; minutes on a large store). A dry run changes nothing and writes no audit row.
    bool run(const QDateTime &now, bool dryRun, bool convertStore, RetentionCounts *counts, QString *error = nullptr);
    // Starts a real run in batches when none ran in the last day; finished() follows. Whether it started.
    bool startIfDue(const QDateTime &now = QDateTime::currentDateTimeUtc());
    bool isRunning() const { return m_state != nullptr; }

    // The policy's days from the settings group "retention" (payloadDays, personalDataDays, documentDays;
    // README, "Configuration"); a missing or unreadable value, or one below 1, keeps the default.
    static RetentionPolicy policyFrom(const QSettings &settings);
    // One line per kind, translated: "Delivered payloads: 12" ... (the admin tool's output, the log).
    static QStringList describe(const RetentionCounts &counts, bool dryRun);

signals:
    void finished(bool ok, const ow::RetentionCounts &counts, const QString &error);

private:
    struct State;
    bool begin(const QDateTime &now, bool dryRun);
    bool step(bool *done, QString *error); // one batch of whatever comes next
    bool removeDocumentsOfOneDay(QString *error);
    bool finish(bool ok, QString *error);
    void stepLater();

    Database &m_database;
    AuditTrail *m_audit;
    Options m_options;
    std::unique_ptr<State> m_state;
};

} // namespace ow
