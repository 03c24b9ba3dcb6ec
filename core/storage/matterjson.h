#pragma once
// Canonical JSON for the catalog types and the case payload.
// Matter JSON is what a matter version's snapshot stores and what its content hash is taken over: every
// key is always written (defaults included) and QJsonObject sorts keys, so equal content gives equal bytes.
// The case payload is what the outbox carries to the platform (PUT /cases/{id}).

#include "core/domain/case.h"
#include "core/domain/matter.h"

#include <QByteArray>
#include <QJsonObject>

namespace ow::MatterJson {

// Stable keys; the same words as the catalog file format (docs/catalog-format.md).
QString materialFormKey(MaterialForm form); // original, copy, electronic, originalAndCopy
bool materialFormFromKey(const QString &key, MaterialForm *out);
QString requirementKey(Requirement requirement); // required, optional, situational
bool requirementFromKey(const QString &key, Requirement *out);
QString matterTagKey(MatterTag tag); // instant, online, nearby, oneTrip
bool matterTagFromKey(const QString &key, MatterTag *out);
QString applicantKindKey(ApplicantKind kind); // person, organisation
bool applicantKindFromKey(const QString &key, ApplicantKind *out);

QJsonObject toJson(const MaterialKind &kind);
QJsonObject toJson(const Matter &matter);
QJsonObject toJson(const Bundle &bundle);
QJsonObject toJson(const Applicant &applicant);

// Missing keys take the type's defaults; a key of the wrong type or an unknown enum word is an error.
bool fromJson(const QJsonObject &json, MaterialKind *out, QString *error = nullptr);
bool fromJson(const QJsonObject &json, Matter *out, QString *error = nullptr);
bool fromJson(const QJsonObject &json, Bundle *out, QString *error = nullptr);
bool fromJson(const QJsonObject &json, Applicant *out, QString *error = nullptr);

// Compact UTF-8 JSON with sorted keys.
QByteArray canonical(const QJsonObject &json);
// SHA-256 (hex) of the matter's canonical JSON without "version": two versions with equal content hash
// are the same matter, whatever number the publisher gave them.
QByteArray contentHash(const Matter &matter);

// The outbox payload: every case field, its matters with pinned versions, answers, materials, and the
// applicant (with the full ID number: the platform needs it). Enum values use the domain's stable keys.
inline constexpr char16_t CasePayloadFormat[] = u"onewindow-case/1";
QJsonObject casePayload(const Case &c, const Applicant &applicant);
// The reverse, for the reference platform and tests. Either output pointer may be null.
bool caseFromPayload(const QJsonObject &payload, Case *c, Applicant *applicant, QString *error = nullptr);

} // namespace ow::MatterJson
