#include "core/workflow/retentionjob.h"

#include "core/print/documentarchive.h"
#include "core/security/audittrail.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

Q_LOGGING_CATEGORY(lcRetention, "onewindow.workflow.retention", QtInfoMsg)

} // namespace

struct RetentionJob::State {
    RetentionRun run;
    bool dryRun;
    qint64 bytesBefore = 0;
    QStringList days; // the archive's day folders still to look through, oldest first
    bool listedDays = false;
    bool reclaimed = false;
    RetentionCounts counts;
};

RetentionJob::RetentionJob(Database &database, AuditTrail *audit, Options options, QObject *parent)
    : QObject(parent),
      m_database(database),
      m_audit(audit),
      m_options(std::move(options))
{}

RetentionJob::~RetentionJob() = default;

bool RetentionJob::begin(const QDateTime &now, bool dryRun)
{
    if (m_state)
        return false;
    m_state =
        std::make_unique<State>(State{RetentionRun(m_database, m_options.policy, now, dryRun), dryRun, 0, {}, false, false, {}});
    // The log written back first, so what the run gives back is measured on the file alone.
    if (!dryRun && !StoreSpace::checkpoint(m_database))
        qCInfo(lcRetention) << "no checkpoint before the run; the space figure includes the log";
    m_state->bytesBefore = StoreSpace::fileBytes(m_database);
    // The space can only be given back a little at a time in incremental mode; converting is the admin's.
    if (!dryRun && !StoreSpace::isIncremental(m_database))
        qCInfo(lcRetention) << "the store is not in incremental vacuum mode; run 'onewindowctl retention' once";
    return true;
}

bool RetentionJob::step(bool *done, QString *error)
{
    State &s = *m_state;
    *done = false;
    if (!s.run.finished())
        return s.run.step(error);
    if (!s.listedDays) {
        s.listedDays = true;
        // A case closed before the cut-off was decided before it too: later days' folders hold none.
        const QString lastDay = s.run.documentCutoff().toLocalTime().date().toString(Qt::ISODate);
        static const QRegularExpression dayName(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        const QDir root(m_options.documentsDir);
        if (!m_options.documentsDir.isEmpty() && root.exists())
            for (const QString &day : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
                if (dayName.match(day).hasMatch() && day <= lastDay)
                    s.days << day;
        return true;
    }
    if (!s.days.isEmpty())
        return removeDocumentsOfOneDay(error);
    if (!s.dryRun && !s.reclaimed && StoreSpace::isIncremental(m_database)) {
        bool more = false;
        if (!StoreSpace::reclaim(m_database, &more, error))
            return false;
        s.reclaimed = !more;
        return true;
    }
    *done = true;
    return true;
}

bool RetentionJob::removeDocumentsOfOneDay(QString *error)
{
    State &s = *m_state;
    const QString day = s.days.takeFirst();
    QDir folder(QDir(m_options.documentsDir).filePath(day));
    QHash<QString, bool> mayGo; // per case number: its documents come in twos and threes
    for (const QString &file : folder.entryList({u"*.pdf"_s}, QDir::Files, QDir::Name)) {
        const QString caseNumber = DocumentArchive::caseNumberOf(file);
        if (caseNumber.isEmpty())
            continue; // not one of ours: left alone
        auto known = mayGo.constFind(caseNumber);
        if (known == mayGo.constEnd())
            known = mayGo.insert(caseNumber, s.run.documentsMayGo(caseNumber));
        if (!*known)
            continue;
        if (!s.dryRun && !folder.remove(file)) {
            *error = tr("Cannot remove the archived document %1.").arg(QDir::toNativeSeparators(folder.filePath(file)));
            return false;
        }
        ++s.counts.documents;
    }
    if (!s.dryRun && folder.isEmpty())
        QDir(m_options.documentsDir).rmdir(day);
    return true;
}

bool RetentionJob::finish(bool ok, QString *error)
{
    State &s = *m_state;
    const RetentionCounts store = s.run.counts();
    s.counts.payloads = store.payloads;
    s.counts.applicants = store.applicants;
    QString detail;
    if (!s.dryRun) {
        if (ok && !StoreSpace::checkpoint(m_database, &detail))
            qCWarning(lcRetention) << "checkpoint after retention:" << detail;
        s.counts.bytesFreed = std::max<qint64>(0, s.bytesBefore - StoreSpace::fileBytes(m_database));
        // One row per run, also for a run that stopped half-way: what it removed is gone either way.
        AuditEntry entry;
        entry.at = QDateTime::currentDateTimeUtc();
        entry.username = m_options.username;
        entry.hallCode = m_options.hallCode;
        entry.window = m_options.window;
        entry.action = RetentionRun::auditAction();
        entry.detail = u"payloads=%1 applicants=%2 documents=%3 bytes_freed=%4%5"_s.arg(s.counts.payloads)
                           .arg(s.counts.applicants)
                           .arg(s.counts.documents)
                           .arg(s.counts.bytesFreed)
                           .arg(ok ? QString() : u" incomplete"_s);
        if (m_audit && !m_audit->append(entry, &detail)) {
            qCWarning(lcRetention) << "the retention run's audit row was not written:" << detail;
            if (ok && error)
                *error = detail;
            ok = false;
        }
    }
    qCInfo(lcRetention).noquote() << (s.dryRun ? "dry run:" : "run:") << describe(s.counts, s.dryRun).join(u"; "_s);
    return ok;
}

bool RetentionJob::run(const QDateTime &now, bool dryRun, bool convertStore, RetentionCounts *counts, QString *error)
{
    if (!dryRun && convertStore && !StoreSpace::isIncremental(m_database) && !StoreSpace::makeIncremental(m_database, error))
        return false;
    if (!begin(now, dryRun)) {
        if (error)
            *error = tr("A retention run is already going on.");
        return false;
    }
    QString detail;
    bool done = false;
    bool ok = true;
    while (ok && !done)
        ok = step(&done, &detail);
    ok = finish(ok, &detail);
    if (counts)
        *counts = m_state->counts;
    m_state.reset();
    if (!ok && error)
        *error = detail;
    return ok;
}

bool RetentionJob::startIfDue(const QDateTime &now)
{
    const QDateTime last = RetentionRun::lastRun(m_database);
    if (m_state || (last.isValid() && last > now.addDays(-1)))
        return false;
    begin(now, false);
    stepLater();
    return true;
}

void RetentionJob::stepLater()
{
    // A zero timer: every batch waits for the events queued before it, the clerk's keystrokes included.
    QTimer::singleShot(0, this, [this] {
        QString error;
        bool done = false;
        const bool ok = step(&done, &error);
        if (ok && !done) {
            stepLater();
            return;
        }
        const bool finished = finish(ok, &error);
        const RetentionCounts counts = m_state->counts;
        m_state.reset();
        if (!finished)
            qCWarning(lcRetention).noquote() << "retention stopped:" << error;
        emit this->finished(finished, counts, error);
    });
}

RetentionPolicy RetentionJob::policyFrom(const QSettings &settings)
{
    RetentionPolicy policy;
    for (auto [key, days] : {std::pair{"retention/payloadDays", &policy.payloadDays},
                             std::pair{"retention/personalDataDays", &policy.personalDataDays},
                             std::pair{"retention/documentDays", &policy.documentDays}}) {
        bool ok = false;
        const int value = settings.value(QLatin1String(key)).toInt(&ok);
        if (ok && value >= 1)
            *days = value;
        else if (settings.contains(QLatin1String(key)))
            qCWarning(lcRetention) << "ignoring setting" << key << "=" << settings.value(QLatin1String(key));
    }
    return policy;
}

QStringList RetentionJob::describe(const RetentionCounts &counts, bool dryRun)
{
    QStringList lines;
    if (dryRun) {
        lines << tr("Delivered revisions to remove: %1").arg(counts.payloads)
              << tr("Applicants whose personal data would go: %1").arg(counts.applicants)
              << tr("Archived documents to remove: %1").arg(counts.documents);
    } else {
        lines << tr("Delivered revisions removed: %1").arg(counts.payloads)
              << tr("Applicants whose personal data went: %1").arg(counts.applicants)
              << tr("Archived documents removed: %1").arg(counts.documents)
              << tr("Space given back: %1 KiB").arg(counts.bytesFreed / 1024);
    }
    return lines;
}

} // namespace ow
