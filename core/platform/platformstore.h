#pragma once
// The reference platform's database and its rules (docs/platform-api.yaml): one record per case at its
// latest revision, an official number (办件编号) assigned once when a case first arrives, the status feed
// per device, and the ratings. Every operation is one transaction, so a reply lost after the commit can
// be repeated by the client and gets the same answer: the case UUID is the key, the revision orders.

#include "core/platform/platformresult.h"
#include "core/storage/database.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>

#include <optional>

namespace ow {

// The platform's status words, in the order a case moves through them.
namespace PlatformStatus {
QString accepted();      // 受理
QString inProgress();    // 办理中
QString completed();     // 办结
QString delivered();     // 已出件: the result is at the hall
QString handedOver();    // 已送达: the hall handed it over or posted it (POST /cases/{id}/handover)
QString notApplicable(); // one-time notice or not accepted: nothing to handle
// The status after `status`, empty when there is none.
QString next(const QString &status);
bool isKnown(const QString &status);
} // namespace PlatformStatus

struct PlatformCaseRecord {
    QString id;
    int revision = 0;
    QString officialNumber;
    QString caseNumber;
    QString status;
    QString department;
    QString device;
    int deliveries = 0;
};

class PlatformStore
{
public:
    PlatformStore() = default;
    PlatformStore(const PlatformStore &) = delete;
    PlatformStore &operator=(const PlatformStore &) = delete;

    // Opens (creating) the platform database with the platform's own migrations.
    bool open(const QString &path, QString *error = nullptr);
    void close() { m_database.close(); }
    Database &database() { return m_database; }

    // Matter code -> department, from the catalog in force. Cases naming a matter outside it are refused
    // (422); an empty map accepts any matter.
    void setDepartments(const QHash<QString, QString> &departments) { m_departments = departments; }

    // PUT /cases/{pathId}. `device` identifies the token (never the token itself). A case belongs to the
    // device that created it: another device's PUT, batch item or rating of it is a 404.
    PlatformResult putCase(const QString &pathId, const QByteArray &body, const QString &device);
    // POST /cases:batch: every item as putCase would treat it, in ONE transaction. A malformed envelope
    // is a 400 for the whole request; otherwise 200 with {"results": [...]}.
    PlatformResult putBatch(const QByteArray &body, const QString &device);
    // GET /cases/changes for a device.
    PlatformResult changes(const QString &device, const QString &since, int limit);
    // POST /admin/cases/{id}/advance; an empty target means the next status.
    PlatformResult advance(const QString &caseId, const QString &target, const QString &department);
    // The demo timetable: moves up to `max` unfinished cases one step, oldest first. Returns how many.
    int advanceSome(int max);
    // POST /cases/{caseId}/handover (platformstore_handover.cpp): one per case, replays answered alike.
    PlatformResult handOver(const QString &pathId, const QByteArray &body, const QString &device);
    int handoverCount() const;
    int handoverDeliveries(const QString &caseId) const; // reports accepted for the case, replays included
    // POST /evaluations.
    PlatformResult addEvaluation(const QByteArray &body, const QString &device);

    // For tests, the CLI and training: what the platform holds.
    std::optional<PlatformCaseRecord> record(const QString &caseId) const;
    QList<PlatformCaseRecord> records() const;
    int caseCount() const;
    int evaluationCount() const;
    int numbersIssued() const; // official numbers ever drawn; equals caseCount() when none was wasted

private:
    // One item of putCase/putBatch, inside the caller's transaction. *failed is set when the database
    // (not the item) failed, which must roll the whole request back.
    PlatformResult putOne(const QString &pathId, const QJsonObject &payload, const QString &device, bool *failed);
    PlatformResult validate(const QString &pathId, const QJsonObject &payload) const;
    bool nextOfficialNumber(QString *number, QString *error);
    bool recordChange(const QString &caseId, const QString &device, const QString &status, const QString &department,
                      QString *error);
    QString departmentFor(const QJsonObject &payload) const;
    QList<PlatformCaseRecord> select(const QString &sqlText, const QVariantList &values) const;
    // The answer to a device about a case another device created: as if it were not there (404).
    static PlatformResult notThisDevicesCase(const QString &caseId);

    Database m_database;
    QHash<QString, QString> m_departments;
};

} // namespace ow
