#include "core/storage/matterjson.h"

#include "core/domain/enumkeys.h"
#include "core/domain/matterwords.h"
#include "core/json/jsonreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ow::MatterJson {

namespace {

constexpr EnumKeys<ApplicantKind, 2> ApplicantKindKeys{{
    {ApplicantKind::Person, u"person"},
    {ApplicantKind::Organisation, u"organisation"},
}};

QJsonObject materialToJson(const MatterMaterial &m)
{
    QJsonObject json{
        {u"kind"_s, m.kind},
        {u"name"_s, m.name},
        {u"form"_s, materialFormKey(m.form)},
        {u"copies"_s, m.copies},
        {u"requirement"_s, requirementKey(m.requirement)},
        {u"when"_s, QJsonArray::fromStringList(m.when)},
        {u"deficiencyAllowed"_s, m.deficiencyAllowed},
        {u"note"_s, m.note},
        {u"issuer"_s, m.issuer},
        {u"legalBasis"_s, m.legalBasis},
        {u"howToObtain"_s, m.howToObtain},
        {u"validityMonths"_s, m.validityMonths},
        {u"dataSharing"_s, m.dataSharing},
        {u"certificateStore"_s, m.certificateStore},
        {u"perApplication"_s, m.perApplication},
    };
    // Only when set: the snapshot of a matter without commitments stays byte for byte what it was, so a
    // re-import does not see every matter as changed.
    if (m.commitmentAllowed())
        json.insert(u"commitmentBasis"_s, m.commitmentBasis);
    return json;
}

void readMaterial(JsonReader &r, MatterMaterial &m)
{
    m.kind = r.string(u"kind");
    m.name = r.string(u"name");
    const QString form = r.string(u"form");
    if (!form.isEmpty() && !materialFormFromKey(form, &m.form))
        r.unknownWord(u"form", form);
    m.copies = r.integer(u"copies", {.fallback = 1});
    const QString requirement = r.string(u"requirement");
    if (!requirement.isEmpty() && !requirementFromKey(requirement, &m.requirement))
        r.unknownWord(u"requirement", requirement);
    m.when = r.strings(u"when");
    m.deficiencyAllowed = r.boolean(u"deficiencyAllowed");
    m.note = r.string(u"note");
    m.issuer = r.string(u"issuer");
    m.legalBasis = r.string(u"legalBasis");
    m.howToObtain = r.string(u"howToObtain");
    m.validityMonths = r.integer(u"validityMonths");
    m.dataSharing = r.boolean(u"dataSharing");
    m.certificateStore = r.boolean(u"certificateStore");
    m.perApplication = r.boolean(u"perApplication");
    m.commitmentBasis = r.string(u"commitmentBasis");
}

} // namespace

OW_ENUM_KEY_FUNCTIONS(MaterialForm, materialFormKey, materialFormFromKey, MaterialFormWords)
OW_ENUM_KEY_FUNCTIONS(Requirement, requirementKey, requirementFromKey, RequirementWords)
OW_ENUM_KEY_FUNCTIONS(MatterTag, matterTagKey, matterTagFromKey, MatterTagWords)
OW_ENUM_KEY_FUNCTIONS(ApplicantKind, applicantKindKey, applicantKindFromKey, ApplicantKindKeys)

QJsonObject toJson(const MaterialKind &kind)
{
    QJsonObject json{
        {u"code"_s, kind.code},
        {u"name"_s, kind.name},
        {u"issuer"_s, kind.issuer},
        {u"legalBasis"_s, kind.legalBasis},
        {u"howToObtain"_s, kind.howToObtain},
        {u"validityMonths"_s, kind.validityMonths},
        {u"dataSharing"_s, kind.dataSharing},
        {u"certificateStore"_s, kind.certificateStore},
        {u"perApplication"_s, kind.perApplication},
    };
    if (!kind.commitmentBasis.isEmpty())
        json.insert(u"commitmentBasis"_s, kind.commitmentBasis);
    return json;
}

bool fromJson(const QJsonObject &json, MaterialKind *out, QString *error)
{
    JsonReader r(json, QCoreApplication::translate("ow::Storage", "material kind"));
    MaterialKind k;
    k.code = r.string(u"code");
    k.name = r.string(u"name");
    k.issuer = r.string(u"issuer");
    k.legalBasis = r.string(u"legalBasis");
    k.howToObtain = r.string(u"howToObtain");
    k.validityMonths = r.integer(u"validityMonths");
    k.dataSharing = r.boolean(u"dataSharing");
    k.certificateStore = r.boolean(u"certificateStore");
    k.perApplication = r.boolean(u"perApplication");
    k.commitmentBasis = r.string(u"commitmentBasis");
    return r.finish(out, std::move(k), error);
}

QJsonObject toJson(const Matter &matter)
{
    QJsonArray fees;
    for (const Fee &f : matter.fees)
        fees.append(QJsonObject{{u"item"_s, f.item}, {u"amount"_s, f.amount}});
    QJsonArray tags;
    for (MatterTag t : matter.tags)
        tags.append(matterTagKey(t));
    QJsonArray situations;
    for (const Situation &s : matter.situations) {
        QJsonArray options;
        for (const SituationOption &o : s.options)
            options.append(QJsonObject{{u"id"_s, o.id}, {u"text"_s, o.text}});
        situations.append(QJsonObject{{u"id"_s, s.id}, {u"question"_s, s.question}, {u"options"_s, options}});
    }
    QJsonArray materials;
    for (const MatterMaterial &m : matter.materials)
        materials.append(materialToJson(m));
    QJsonObject json{
        {u"code"_s, matter.code},
        {u"name"_s, matter.name},
        {u"type"_s, matter.type},
        {u"department"_s, matter.department},
        {u"legalBasis"_s, matter.legalBasis},
        {u"legalLimitDays"_s, matter.legalLimitDays},
        {u"promisedLimitDays"_s, matter.promisedLimitDays},
        {u"fees"_s, fees},
        {u"tags"_s, tags},
        {u"situations"_s, situations},
        {u"materials"_s, materials},
        {u"version"_s, matter.version},
    };
    // Only when declared: a matter without it keeps the canonical form, and so the content hash, it had.
    if (matter.materialsBeforeReform > 0)
        json.insert(u"materialsBeforeReform"_s, matter.materialsBeforeReform);
    return json;
}

bool fromJson(const QJsonObject &json, Matter *out, QString *error)
{
    JsonReader r(json, QCoreApplication::translate("ow::Storage", "matter %1").arg(json.value(u"code"_s).toString()));
    Matter m;
    m.code = r.string(u"code");
    m.name = r.string(u"name");
    m.type = r.string(u"type");
    m.department = r.string(u"department");
    m.legalBasis = r.string(u"legalBasis");
    m.legalLimitDays = r.integer(u"legalLimitDays");
    m.promisedLimitDays = r.integer(u"promisedLimitDays");
    m.version = r.integer(u"version", {.fallback = 1});
    m.materialsBeforeReform =
        r.integer(u"materialsBeforeReform", {.need = Need::Optional, .min = 0, .max = MaxMaterialsBeforeReform});
    const QJsonArray fees = r.array(u"fees");
    for (qsizetype i = 0; i < fees.size(); ++i) {
        JsonReader f = r.item(u"fees", fees, i);
        m.fees.append({f.string(u"item"), f.string(u"amount")});
    }
    for (const QString &t : r.strings(u"tags")) {
        MatterTag tag;
        if (!matterTagFromKey(t, &tag))
            r.unknownWord(u"tags", t);
        else
            m.tags.append(tag);
    }
    const QJsonArray situations = r.array(u"situations");
    for (qsizetype i = 0; i < situations.size(); ++i) {
        JsonReader sr = r.item(u"situations", situations, i);
        Situation s{sr.string(u"id"), sr.string(u"question"), {}};
        const QJsonArray options = sr.array(u"options");
        for (qsizetype j = 0; j < options.size(); ++j) {
            JsonReader o = sr.item(u"options", options, j);
            s.options.append({o.string(u"id"), o.string(u"text")});
        }
        m.situations.append(s);
    }
    const QJsonArray materials = r.array(u"materials");
    for (qsizetype i = 0; i < materials.size(); ++i) {
        JsonReader mr = r.item(u"materials", materials, i);
        MatterMaterial material;
        readMaterial(mr, material);
        m.materials.append(material);
    }
    return r.finish(out, std::move(m), error);
}

QJsonObject toJson(const Bundle &bundle)
{
    return QJsonObject{
        {u"code"_s, bundle.code},
        {u"name"_s, bundle.name},
        {u"description"_s, bundle.description},
        {u"matters"_s, QJsonArray::fromStringList(bundle.matterCodes)},
    };
}

bool fromJson(const QJsonObject &json, Bundle *out, QString *error)
{
    JsonReader r(json, QCoreApplication::translate("ow::Storage", "bundle"));
    Bundle b;
    b.code = r.string(u"code");
    b.name = r.string(u"name");
    b.description = r.string(u"description");
    b.matterCodes = r.strings(u"matters");
    return r.finish(out, std::move(b), error);
}

QByteArray canonical(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QByteArray contentHash(const Matter &matter)
{
    QJsonObject json = toJson(matter);
    json.remove(u"version"_s); // the number is bookkeeping, not content
    return QCryptographicHash::hash(canonical(json), QCryptographicHash::Sha256).toHex();
}

} // namespace ow::MatterJson
