#pragma once
// What a platform operation answers, before it becomes HTTP: a status and a JSON body, which for any
// status >= 400 is an RFC 7807 problem (docs/platform-api.yaml lists the types).

#include <QJsonObject>
#include <QString>

namespace ow {

struct PlatformResult {
    int status = 200;
    QJsonObject body;
    bool isProblem() const { return status >= 400; }
};

namespace PlatformProblem {

// The problem types of the contract. The client keys its behaviour on StaleRevision only.
inline constexpr char16_t StaleRevision[] = u"urn:onewindow:problem:stale-revision";
inline constexpr char16_t RevisionConflict[] = u"urn:onewindow:problem:revision-conflict";
inline constexpr char16_t InvalidCase[] = u"urn:onewindow:problem:invalid-case";
inline constexpr char16_t BadRequest[] = u"urn:onewindow:problem:bad-request";
inline constexpr char16_t Unauthorized[] = u"urn:onewindow:problem:unauthorized";
inline constexpr char16_t NotFound[] = u"urn:onewindow:problem:not-found";
inline constexpr char16_t TooManyRequests[] = u"urn:onewindow:problem:too-many-requests";
inline constexpr char16_t Unavailable[] = u"urn:onewindow:problem:unavailable";
inline constexpr char16_t ServerError[] = u"urn:onewindow:problem:server-error";
inline constexpr char16_t CannotAdvance[] = u"urn:onewindow:problem:cannot-advance";
inline constexpr char16_t EvaluationConflict[] = u"urn:onewindow:problem:evaluation-conflict";
inline constexpr char16_t InvalidCatalog[] = u"urn:onewindow:problem:invalid-catalog";
inline constexpr char16_t NotReady[] = u"urn:onewindow:problem:not-ready"; // a hand-over before 'delivered'
inline constexpr char16_t InvalidHandover[] = u"urn:onewindow:problem:invalid-handover";

// A problem result; title is the status's reason phrase, detail is for a person (translated).
PlatformResult make(int status, const char16_t *type, const QString &detail);

} // namespace PlatformProblem
} // namespace ow
