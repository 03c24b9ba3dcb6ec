// SyncClient, pulling: the catalog by ETag and the status changes by cursor.
#include "core/catalog/catalogloader.h"
#include "core/storage/caserepository.h"
#include "core/storage/database.h"
#include "core/sync/syncclient.h"
#include "core/sync/synclog.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// Where a case stands on the road the platform reports; -1 for statuses the platform does not move.
int rank(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Accepted: return 0;
    case CaseStatus::InProgress: return 1;
    case CaseStatus::Completed: return 2;
    case CaseStatus::ReadyForPickup: return 3;
    case CaseStatus::HandedOver: return 4;
    case CaseStatus::AwaitingSupplement: // the hall still waits for materials: the window's business
    case CaseStatus::Notified:
    case CaseStatus::Rejected: return -1;
    }
    return -1;
}

std::optional<CaseStatus> fromPlatform(const QString &status)
{
    if (status == u"accepted"_s)
        return CaseStatus::Accepted;
    if (status == u"in_progress"_s)
        return CaseStatus::InProgress;
    if (status == u"completed"_s)
        return CaseStatus::Completed;
    if (status == u"delivered"_s)
        return CaseStatus::ReadyForPickup; // 已出件: the result is at the hall, waiting for the applicant
    if (status == u"handed_over"_s)
        return CaseStatus::HandedOver; // 已送达: the window's own hand-over, confirmed (docs/adr/0025-result-handover.md)
    return std::nullopt;
}

} // namespace

void SyncClient::pullCatalog(Step next)
{
    if (!m_settings.pullCatalog || !m_pullsThisRound)
        return next();
    if (m_stopping || holding())
        return finishRound();
    const QByteArray etag = m_store.value(SyncStore::catalogEtagKey()).toUtf8();
    m_api.getCatalog(etag, [this, next](const ApiReply &reply) {
        if (m_stopping || noteTrouble(reply))
            return finishRound();
        if (reply.status == 304) {
            m_report.catalogChecked = true;
            return next();
        }
        if (reply.status != 200 || !reply.isJson()) {
            m_report.errors << describe(reply);
            return next();
        }
        m_report.catalogChecked = true;
        const CatalogLoadResult loaded =
            CatalogLoader::loadBytes(reply.body, m_settings.platformUrl.toString(QUrl::RemoveUserInfo));
        if (!loaded.ok) {
            // Refused whole, like a file: the counter keeps the catalog it has. The ETag is not stored,
            // so the next round fetches it again (the platform may have fixed it by then).
            m_report.errors << QCoreApplication::translate("ow::Sync", "The platform's catalog was refused (%n error(s)): %1",
                                                           nullptr, int(loaded.errors.size()))
                                   .arg(loaded.errors.value(0));
            return next();
        }
        // New matter versions apply to new cases only: decided cases keep their pinned versions.
        const ImportReport imported = CatalogRepository(m_database).importCatalog(loaded.data);
        QString error;
        if (!imported.ok || !m_store.setValue(SyncStore::catalogEtagKey(), QString::fromLatin1(reply.etag), &error)) {
            m_report.errors << (imported.ok ? error : imported.error);
            return next();
        }
        m_report.catalogChanged = true;
        m_report.catalogImport = imported;
        qCInfo(lcSync) << "catalog imported:" << imported.added << "added," << imported.changed << "changed," << imported.removed
                       << "withdrawn";
        emit catalogUpdated(imported);
        next();
    });
}

void SyncClient::pullChanges(Step next)
{
    if (!m_pullsThisRound)
        return next();
    pullChangesPage(std::move(next), m_store.value(SyncStore::changesCursorKey()),
                    std::max(1, m_settings.maxChangesPagesPerRound));
}

// One page of the feed, then the next while the platform has more, up to the round's page cap. The
// cursor travels in memory: a page without changes writes nothing to the disk.
void SyncClient::pullChangesPage(Step next, const QString &cursor, int pagesLeft)
{
    if (m_stopping || holding())
        return finishRound();
    m_api.getChanges(cursor, m_settings.changesPageSize, [this, next, cursor, pagesLeft](const ApiReply &reply) {
        if (m_stopping || noteTrouble(reply))
            return finishRound();
        if (reply.status != 200 || !reply.isJson()) {
            m_report.errors << describe(reply);
            return next();
        }
        QString fault;
        const std::optional<ChangesPage> page = parseChangesPage(reply.json(), &fault);
        if (!page) {
            m_report.errors
                << QCoreApplication::translate("ow::Sync", "The platform's status changes were not read: %1.").arg(fault);
            return next();
        }
        if (!page->changes.isEmpty() && !applyChanges(page->changes, page->nextCursor))
            return next();
        if (!page->hasMore)
            return next();
        // A feed that offers more must move on and give something: otherwise it would be asked for ever.
        if (page->nextCursor == cursor || page->changes.isEmpty()) {
            m_report.errors << QCoreApplication::translate("ow::Sync",
                                                           "The platform's status feed offers more but did not move on; "
                                                           "it is read again at the next round.");
            return next();
        }
        if (pagesLeft <= 1) {
            m_report.statusChangesRemain = true;
            qCInfo(lcSync) << "status feed: page cap reached with more on offer; the rest at the next round";
            return next();
        }
        pullChangesPage(next, page->nextCursor, pagesLeft - 1);
    });
}

bool SyncClient::applyChanges(const QList<StatusChangeItem> &changes, const QString &nextCursor)
{
    struct Applied {
        QString caseId;
        CaseStatus status;
        QString department;
    };
    QList<Applied> applied;
    CaseRepository cases(m_database);
    QString error;
    // The page and the cursor after it in one transaction: a crash repeats the page, never skips it,
    // and applying a move twice changes nothing.
    const bool ok = m_database.transaction(
        [&] {
            for (const StatusChangeItem &change : changes) {
                const QString &caseId = change.caseId;
                const QString &status = change.status;
                const QString &department = change.department;
                QString localNumber;
                const std::optional<CaseStatus> local = m_store.localStatus(caseId, &localNumber);
                if (!local) {
                    qCInfo(lcSync) << "status change for a case this database does not hold:" << caseId;
                    continue;
                }
                const CaseProgress progress{status, department, QDateTime::fromString(change.at, Qt::ISODateWithMs)};
                if (!m_store.recordProgress(caseId, progress, &error))
                    return false;
                const QString &number = change.officialNumber;
                if (localNumber.isEmpty() && !number.isEmpty() && !cases.markOfficialNumber(caseId, number, &error))
                    return false;
                // Only forward, and only for cases the platform handles: a late or repeated message never
                // moves a case back, and a case waiting for its 容缺 materials stays the window's.
                const std::optional<CaseStatus> target = fromPlatform(status);
                if (target && rank(*local) >= 0 && rank(*target) > rank(*local)) {
                    if (!cases.applyPlatformStatus(caseId, *target, &error))
                        return false;
                    applied.append({caseId, *target, department});
                }
            }
            return m_store.setValue(SyncStore::changesCursorKey(), nextCursor, &error);
        },
        &error);
    if (!ok) {
        m_report.errors << QCoreApplication::translate("ow::Sync", "Status changes could not be saved: %1").arg(error);
        return false;
    }
    m_report.statusChanges += int(changes.size());
    m_report.statusApplied += int(applied.size());
    for (const Applied &a : std::as_const(applied))
        emit caseStatusChanged(a.caseId, a.status, a.department);
    return true;
}

} // namespace ow
