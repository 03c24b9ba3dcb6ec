#pragma once
// One intake at one window, from the applicant and the matters to the saved decision: looks up what
// the hall already knows (一表申请, materials still valid, an open one-time notice), builds the checklist
// through the engine, and commits the decision in one transaction. The counter window and seed-demo
// both go through here, so the demo data is made by the same rules a clerk works under.

#include "core/domain/catalogdata.h"
#include "core/intake/casebuilder.h"
#include "core/intake/checklistengine.h"

#include <QCoreApplication>

#include <optional>

namespace ow {

class AuditTrail;
class Database;
class WorkingCalendar;

struct Station {
    QString hallCode;
    int window = 1;
    QString clerk;
};

struct IntakeSession {
    Applicant applicant; // as typed, merged with what the hall knew
    bool knownApplicant = false;
    std::optional<Case> previousNotice;
    QList<CaseMaterial> reusable;
    Checklist checklist;
    QDate today;
    // How the result goes to the applicant (出件), stored with the case and printed on the receipt.
    DeliveryMethod delivery = DeliveryMethod::AtWindow;
    QString deliveryAddress; // by post only
};

struct DecisionResult {
    bool ok = false;
    QString error; // translated, for the clerk
    Case savedCase;
};

class IntakeService
{
    Q_DECLARE_TR_FUNCTIONS(ow::IntakeService)

public:
    IntakeService(Database &database, const WorkingCalendar &calendar, EngineSettings settings, Station station);

    // The catalog in force; read once and again after an import.
    bool reloadCatalog(QString *error = nullptr);
    const CatalogData &catalog() const { return m_catalog; }

    // matterOrBundle: a matter code or a bundle code. The applicant's ID number must be valid.
    std::optional<IntakeSession> start(const Applicant &applicant, const QString &matterOrBundle,
                                       const QMap<QString, QString> &answers, const QDate &today, QString *error = nullptr) const;
    // A session without an applicant yet: the checklist to show while the ID number is still being typed.
    std::optional<IntakeSession> preview(const QString &matterOrBundle, const QMap<QString, QString> &answers,
                                         const QDate &today) const;
    // The same session with other answers (the checklist changes as questions are answered).
    void answer(IntakeSession &session, const QMap<QString, QString> &answers) const;

    // committed: the lines the clerk marked "replaced by commitment" (告知承诺制); they count as received.
    Evaluation evaluate(const IntakeSession &session, const QSet<QString> &received, const QSet<QString> &committed = {}) const;

    // Checks the decision against the rules, builds the case and commits it with its outbox row.
    DecisionResult decide(const IntakeSession &session, const QSet<QString> &received, Decision decision, const QString &reason,
                          const QDateTime &now, const QSet<QString> &committed = {}) const;

    // Decisions are audited (who, when, which window) in the same transaction as the case.
    void setAuditTrail(AuditTrail *audit) { m_audit = audit; }
    // What the hall already knows of an applicant (一表申请), for the form as the ID is typed.
    std::optional<Applicant> knownApplicant(const QString &idNumber) const;

    const ChecklistEngine &engine() const { return m_engine; }
    const Station &station() const { return m_station; }

private:
    QList<Matter> mattersFor(const QString &matterOrBundle, QString *bundleCode) const;
    ChecklistRequest requestFor(const IntakeSession &session, const QMap<QString, QString> &answers) const;

    Database &m_database;
    ChecklistEngine m_engine;
    Station m_station;
    CatalogData m_catalog;
    AuditTrail *m_audit = nullptr;
};

} // namespace ow
