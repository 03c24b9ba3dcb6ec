#pragma once
// A decision as the hall sees it (docs/hall-api.md, "Case summaries"): what the supervisor's dashboard and
// the reform figures need, and nothing personal — no name, no ID number, no address. Windows report these
// to the hall service; the hall keeps the newest version of each case by updatedAt.

#include "core/json/jsonreader.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ow {

struct CaseSummaryMatter {
    QString code;
    QString name;
    QString department;
    bool operator==(const CaseSummaryMatter &) const = default;
};

struct CaseSummary {
    // The decisions a window records (the wire values of docs/hall-api.md).
    static constexpr QLatin1StringView Accepted{"accepted"};
    static constexpr QLatin1StringView AcceptedDeficiency{"accepted_deficiency"};
    static constexpr QLatin1StringView OneTimeNotice{"one_time_notice"};
    static constexpr QLatin1StringView NotAccepted{"not_accepted"};
    // The statuses that mean the time limit (承诺时限) is met: the result is ready (办结). The wire values
    // are the domain's stable keys (caseStatusKey in core/domain/case.h); the hall core knows no domain.
    static constexpr QLatin1StringView ReadyForPickup{"ready_for_pickup"};
    static constexpr QLatin1StringView Completed{"completed"};
    // 已送达: the window handed the result over (docs/adr/0025-result-handover.md); finished as well.
    static constexpr QLatin1StringView HandedOver{"handed_over"};
    // How the applicant asked for the result (the domain's deliveryMethodKey); "" from an older window.
    static constexpr QLatin1StringView DeliveryWindow{"window"};
    static constexpr QLatin1StringView DeliveryPost{"post"};

    QString caseId;
    QString windowId;
    QString ticketId;    // "" when the case was not taken for a queue ticket
    QDate day;           // the hall's local day of the decision
    QDateTime decidedAt; // UTC
    QDateTime updatedAt; // UTC; a newer version replaces an older one
    QString decision;
    QList<CaseSummaryMatter> matters;
    QString bundle; // 一件事 code or ""
    int materialsListed = 0;
    int materialsCollected = 0;
    int supplementsOutstanding = 0;
    // Lines replaced by the applicant's signed commitment (告知承诺制). 0 when absent: a window older than
    // the field knows no commitments, so its summaries still parse.
    int materialsByCommitment = 0;
    int trips = 1;
    bool instant = false;
    QDate promisedDate;      // invalid: none
    QDate supplementDueDate; // invalid: none
    bool synced = false;
    // The case's status as the window knows it (caseStatusKey: "accepted", "in_progress", "completed", …);
    // "" when the window did not say (a window older than the field): unknown, taken as open.
    QString status;
    QString delivery; // DeliveryWindow or DeliveryPost; "" unknown (an older window)
    // While the result waits at the hall (status ready_for_pickup): the hall's day it arrived, so the
    // dashboard can tell pick-ups waiting too long. Invalid otherwise, or from an older window.
    QDate readyDate;

    bool takesCaseIn() const { return decision == Accepted || decision == AcceptedDeficiency; }
    // The result is ready: ready_for_pickup counts as well as completed, since in administrative practice
    // the promise is kept when the case is 办结 (the result waits at the hall), not when it is picked up.
    bool isFinished() const { return status == ReadyForPickup || status == Completed || status == HandedOver; }
    bool byPost() const { return delivery == DeliveryPost; }
    bool operator==(const CaseSummary &) const = default;

    // Bounds on one summary (docs/hall-api.md, "Limits"): every summary goes to every board and dashboard,
    // so a window must not be able to make one of megabytes.
    static constexpr int MaxIdLength = 64;    // caseId, windowId, ticketId, bundle, matters[].code
    static constexpr int MaxTextLength = 200; // matters[].name, matters[].department
    static constexpr int MaxStatusLength = 32;
    static constexpr int MaxMatters = 50;
    static constexpr int MaxCount = 100000; // materials, supplements, trips

    QJsonObject toJson() const;
    // Reads a summary; on a missing, mistyped or oversized field returns false, leaves *out alone and the
    // reader holds the problem (a bound passed is TooLong, or TooMany for "matters").
    static bool fromJson(JsonReader &reader, CaseSummary *out);
    // The same from an object alone; *error says what was wrong.
    static bool fromJson(const QJsonObject &o, CaseSummary *out, QString *error = nullptr);
    static bool isDecision(const QString &value);
};

} // namespace ow
