#pragma once
// Applicants, cases and the lines of a case's checklist.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace ow {

enum class ApplicantKind { Person, Organisation };

struct Applicant {
    QString id; // client-made UUID
    ApplicantKind kind = ApplicantKind::Person;
    QString idNumber; // resident ID (person) or unified social credit code (organisation)
    QString name;
    QString phone;
    QString address;
    QString legalRepresentative; // organisations only
};

// What the hall does about one material on this case.
enum class LineStatus {
    ToCollect,         // the applicant must bring it
    Reused,            // collected on an earlier case and still valid: not asked again
    DataSharing,       // fetched by data sharing or from the certificate store: not asked
    DeficiencyAllowed, // to collect, but may follow later under a commitment (容缺)
    // Replaced by the applicant's signed commitment (证明事项告知承诺制): never collected, never owed, never
    // reused on a later case; the decision counted it as received. Only on cases that were accepted.
    Commitment,
};

// The clerk's four decisions.
enum class Decision {
    Accept,               // 受理
    AcceptWithDeficiency, // 容缺受理
    OneTimeNotice,        // 一次性告知
    NotAccepted,          // 不予受理
};

enum class CaseStatus {
    Accepted,           // 已受理
    AwaitingSupplement, // 容缺: waiting for the missing materials
    Notified,           // one-time notice given; the applicant will come back
    Rejected,           // not accepted
    Completed,          // 办结 (from the platform)
    InProgress,         // 办理中: a department is handling it (from the platform)
    ReadyForPickup,     // 已出件待取: the result is at the hall for the applicant (from the platform)
    HandedOver,         // 已送达: the result was handed over in person or posted (the window's own act)
};

// How the applicant wants the result (出件), chosen at intake.
enum class DeliveryMethod {
    AtWindow, // 窗口领取
    ByPost,   // 邮寄送达: to Case::deliveryAddress
};

struct CaseMaterial {
    QString kind;
    QString name;
    LineStatus status = LineStatus::ToCollect;
    bool received = false;
    QDate receivedOn;
    QDate validUntil; // reuse horizon; invalid date = does not expire
    QStringList matterCodes;
    // 选交: no matter of the case requires it. Kept with the case because the status alone cannot say it
    // (an optional line is ToCollect too), and an optional line not brought is never owed under 容缺.
    bool optional = false;

    // Still owed by the applicant: a required line asked of them and not yet received.
    bool owed() const
    {
        return !received && !optional && (status == LineStatus::ToCollect || status == LineStatus::DeficiencyAllowed);
    }
};

// How the materials of a 容缺 supplement reached the hall. Only a visit in person is a trip (跑动) of the
// applicant, which the reform's "at most one trip" (最多跑一次) counts.
enum class SupplementChannel {
    InPerson,    // brought to the window (the default: the clerk records it at the counter)
    ByPost,      // sent by post or courier (邮寄)
    DataSharing, // fetched by the hall through data sharing after the decision
};

// A decided case as storage keeps it.
struct Case {
    QString id;             // UUID, made by the client
    QString caseNumber;     // local human number: hall-date-window-sequence
    QString queryCode;      // for the applicant to follow progress
    QString officialNumber; // from the platform, once synced
    QString applicantId;
    QString bundleCode;
    QList<QPair<QString, int>> matters; // code, pinned version
    QMap<QString, QString> answers;     // situation id -> option id
    Decision decision = Decision::Accept;
    CaseStatus status = CaseStatus::Accepted;
    QString reason; // not accepted: why
    QList<CaseMaterial> materials;
    QDate promisedDate;  // completion promised (working days)
    QDate supplementDue; // 容缺: bring the rest by this day
    int trips = 1;
    int listedCount = 0;
    int collectedCount = 0;
    QString previousCaseId; // the one-time notice this case follows
    QString hallCode;
    int window = 0;
    QString clerk;
    int revision = 1;
    DeliveryMethod delivery = DeliveryMethod::AtWindow;
    QString deliveryAddress; // by post: where to; taken from the applicant record, editable at intake
    QDateTime createdAt;     // UTC
    QDateTime updatedAt;     // UTC
};

QString decisionName(Decision decision);
QString caseStatusName(CaseStatus status);
QString lineStatusName(LineStatus status);

// Stable machine keys, for storage and the platform; never shown to a person.
QString decisionKey(Decision decision);
bool decisionFromKey(const QString &key, Decision *out);
QString caseStatusKey(CaseStatus status);
bool caseStatusFromKey(const QString &key, CaseStatus *out);
QString lineStatusKey(LineStatus status);
bool lineStatusFromKey(const QString &key, LineStatus *out);
QString deliveryMethodName(DeliveryMethod method);
QString deliveryMethodKey(DeliveryMethod method); // window, post
bool deliveryMethodFromKey(const QString &key, DeliveryMethod *out);

} // namespace ow
