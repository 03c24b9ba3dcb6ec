#pragma once
// The standard elements of a service matter (审批服务事项) and of the materials it asks for.
// Plain value types: the catalog fills them, the checklist engine reads them, nothing here talks to a database.

#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

// How a material must be presented at the counter.
enum class MaterialForm { Original, Copy, Electronic, OriginalAndCopy };

// Whether a matter needs a material: always, when the applicant chooses, or only in some situations.
enum class Requirement { Required, Optional, Situational };

// A kind of material known hall-wide (证明材料 on the published list, or an application form).
// Reuse and the merging of bundles work on this code, so the same paper is never asked for twice.
struct MaterialKind {
    QString code;                  // catalog-wide key, e.g. "RESIDENT_ID_CARD"
    QString name;                  // 居民身份证
    QString issuer;                // who issues it (证明事项清单: 开具单位)
    QString legalBasis;            // 设定依据
    QString howToObtain;           // printed on the one-time notice: where and how to get it
    int validityMonths = 0;        // 0: does not expire once collected
    bool dataSharing = false;      // the hall can fetch it by data sharing (数据共享), not asked of the applicant
    bool certificateStore = false; // held in the electronic certificate store (电子证照库)
    bool perApplication = false;   // filled in for each application (forms, commitments): never reused
    // 证明事项告知承诺制: the document that lets the applicant sign a commitment instead of bringing this
    // certificate (e.g. the province's list of such certificates). Empty: no commitment is ever offered.
    QString commitmentBasis;
};

// One line of a matter's material list.
struct MatterMaterial {
    QString kind; // MaterialKind::code
    QString name; // resolved from the kind unless the matter names it differently
    MaterialForm form = MaterialForm::Original;
    int copies = 1;
    Requirement requirement = Requirement::Required;
    QStringList when;               // Situational: every "question=option" listed must hold
    bool deficiencyAllowed = false; // 容缺: may be brought later under a commitment
    QString note;
    // Copied from the kind at import so a pinned matter version is complete on its own.
    QString issuer;
    QString legalBasis;
    QString howToObtain;
    int validityMonths = 0;
    bool dataSharing = false;
    bool certificateStore = false;
    bool perApplication = false;
    // Set only when this matter offers the commitment for the line (its "commitment": true) and the kind
    // allows it: the kind's commitment basis, printed on the 告知承诺书. Empty: the certificate is needed.
    QString commitmentBasis;
    bool commitmentAllowed() const { return !commitmentBasis.isEmpty(); }
};

struct SituationOption {
    QString id;
    QString text;
};

// A question asked at intake whose answer changes the checklist (情形).
struct Situation {
    QString id;
    QString question;
    QList<SituationOption> options;
};

struct Fee {
    QString item;
    QString amount; // as published, e.g. "免费" or "10元/件"
};

enum class MatterTag { Instant, Online, Nearby, OneTrip }; // 马上办 网上办 就近办 一次办

// The bound of Matter::materialsBeforeReform a catalog may declare: a guide's list, not a ledger.
inline constexpr int MaxMaterialsBeforeReform = 1000;

struct Matter {
    QString code; // 事项编码
    QString name;
    QString type; // 行政许可, 行政确认, 公共服务 ...
    QString department;
    QString legalBasis;
    int legalLimitDays = 0;    // 法定时限, working days
    int promisedLimitDays = 0; // 承诺时限, working days; 0 means done on the spot (即办件)
    QList<Fee> fees;
    QList<MatterTag> tags;
    QList<Situation> situations;
    QList<MatterMaterial> materials;
    // How many materials the matter's guide asked of the applicant before the reform (改革前办事指南), as the
    // publisher declares it: the baseline of the materials reduction (core/dashboard/catalogfigures.h).
    // 0: not declared.
    int materialsBeforeReform = 0;
    int version = 1;

    bool hasTag(MatterTag tag) const { return tags.contains(tag); }
    bool isInstant() const { return promisedLimitDays == 0 || hasTag(MatterTag::Instant); }
};

// 一件事: several matters done as one application; shared materials are asked once.
struct Bundle {
    QString code;
    QString name;
    QString description;
    QStringList matterCodes;
};

QString materialFormName(MaterialForm form);
QString requirementName(Requirement requirement);
QString matterTagName(MatterTag tag);

} // namespace ow
