// A matter's material list: each line, its kind, and the situations under which it applies.

#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogparser_p.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace ow {

void CatalogParser::checkMaterialName(const CatalogObjectReader &o, const QString &name)
{
    if (CatalogLoader::isVagueMaterialName(name))
        m_issues.add(o.lineOf("name"),
                     QCoreApplication::translate(
                         "ow::CatalogLoader", "vague material name \"%1\": the list of certificates allows only named materials")
                         .arg(name));
}

void CatalogParser::readMaterials(const JsonNode &array, Matter &matter)
{
    // A kind may appear more than once only under different conditions; the key is kind + sorted conditions.
    QHash<QString, int> seenLines;
    for (const JsonNode &node : array.elements()) {
        MatterMaterial material;
        if (!readMaterial(node, matter, material) || material.kind.isEmpty())
            continue;
        QStringList conditions = material.when;
        conditions.sort();
        const QString key = material.kind + u'\n' + conditions.join(u'&');
        const int line = node.member(u"kind")->line();
        if (const auto it = seenLines.constFind(key); it != seenLines.constEnd())
            m_issues.add(line,
                         QCoreApplication::translate(
                             "ow::CatalogLoader",
                             "material kind \"%1\" is listed twice in this matter under the same conditions (first at line %2)")
                             .arg(material.kind)
                             .arg(*it));
        else
            seenLines.insert(key, line);
        matter.materials.append(material);
    }
}

bool CatalogParser::readMaterial(const JsonNode &node, const Matter &matter, MatterMaterial &material)
{
    const int before = m_issues.count();
    CatalogObjectReader o(node,
                          {"kind", "name", "form", "copies", "requirement", "when", "deficiencyAllowed", "commitment", "note"},
                          m_issues, QCoreApplication::translate("ow::CatalogLoader", "each material"));
    if (!o.isObject())
        return false;
    const MaterialKind *kind = nullptr;
    if (const auto code = o.requiredString("kind")) {
        material.kind = *code;
        const auto it = m_kinds.constFind(*code);
        if (it == m_kinds.constEnd())
            m_issues.add(o.lineOf("kind"),
                         QCoreApplication::translate("ow::CatalogLoader", "unknown material kind \"%1\"").arg(*code));
        else if (it->index >= 0)
            kind = &m_data.materialKinds.at(it->index);
    }
    if (kind) {
        // Copied so that a pinned matter version stays complete even if the kind changes later.
        material.name = kind->name;
        material.issuer = kind->issuer;
        material.legalBasis = kind->legalBasis;
        material.howToObtain = kind->howToObtain;
        material.validityMonths = kind->validityMonths;
        material.dataSharing = kind->dataSharing;
        material.certificateStore = kind->certificateStore;
        material.perApplication = kind->perApplication;
    }
    if (const auto name = o.optionalString("name")) {
        material.name = *name;
        checkMaterialName(o, *name);
    }
    if (const auto form = o.optionalString("form")) {
        if (!enumFromKey(MaterialFormWords, *form, &material.form))
            m_issues.add(o.lineOf("form"),
                         QCoreApplication::translate("ow::CatalogLoader", "unknown form \"%1\" (expected one of: %2)")
                             .arg(*form, enumWords(MaterialFormWords)));
    }
    material.copies = o.optionalInt("copies", 1).value_or(1);
    bool requirementKnown = true; // an unknown requirement is reported once, not again through "when"
    if (const auto requirement = o.optionalString("requirement")) {
        requirementKnown = enumFromKey(RequirementWords, *requirement, &material.requirement);
        if (!requirementKnown)
            m_issues.add(o.lineOf("requirement"),
                         QCoreApplication::translate("ow::CatalogLoader", "unknown requirement \"%1\" (expected one of: %2)")
                             .arg(*requirement, enumWords(RequirementWords)));
    } else if (o.has("requirement")) {
        requirementKnown = false;
    }
    const JsonNode *when = o.optionalArray("when");
    const bool situational = material.requirement == Requirement::Situational;
    if (when && requirementKnown && !situational)
        m_issues.add(when->line(), QCoreApplication::translate("ow::CatalogLoader",
                                                               "\"when\" is only allowed with \"requirement\": \"situational\""));
    if (situational && !o.has("when"))
        m_issues.add(o.lineOf("requirement"),
                     QCoreApplication::translate("ow::CatalogLoader", "a situational material needs a \"when\" condition"));
    else if (situational && when && when->elements().isEmpty())
        m_issues.add(when->line(),
                     QCoreApplication::translate("ow::CatalogLoader", "a situational material needs a \"when\" condition"));
    if (when)
        checkConditions(*when, matter, material);
    material.deficiencyAllowed = o.optionalBool("deficiencyAllowed").value_or(false);
    // 告知承诺制: the matter offers the commitment, the kind (the list of certificates) must allow it. An
    // unknown or faulty kind has been reported already.
    if (o.optionalBool("commitment").value_or(false) && kind) {
        if (kind->commitmentBasis.isEmpty())
            m_issues.add(o.lineOf("commitment"),
                         QCoreApplication::translate("ow::CatalogLoader",
                                                     "material kind \"%1\" allows no commitment instead of the certificate "
                                                     "(its \"commitmentBasis\" is empty)")
                             .arg(kind->code));
        else
            material.commitmentBasis = kind->commitmentBasis;
    }
    material.note = o.optionalString("note", true).value_or(QString());
    return m_issues.count() == before;
}

void CatalogParser::checkConditions(const JsonNode &whenArray, const Matter &matter, MatterMaterial &material)
{
    QHash<QString, QString> chosen; // situation -> option, to catch conditions that can never all hold
    for (const JsonNode &element : whenArray.elements()) {
        const auto condition = CatalogObjectReader::stringElement(element, "when", m_issues);
        if (!condition)
            continue;
        const QStringList parts = condition->split(u'=');
        if (parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            m_issues.add(element.line(),
                         QCoreApplication::translate("ow::CatalogLoader", "condition \"%1\" must have the form situation=option")
                             .arg(*condition));
            continue;
        }
        const QString &situationId = parts[0];
        const QString &optionId = parts[1];
        const auto situation = std::find_if(matter.situations.cbegin(), matter.situations.cend(),
                                            [&](const Situation &s) { return s.id == situationId; });
        if (situation == matter.situations.cend()) {
            m_issues.add(element.line(),
                         QCoreApplication::translate("ow::CatalogLoader", "condition \"%1\": this matter has no situation \"%2\"")
                             .arg(*condition, situationId));
            continue;
        }
        const bool hasOption = std::any_of(situation->options.cbegin(), situation->options.cend(),
                                           [&](const SituationOption &o) { return o.id == optionId; });
        if (!hasOption) {
            m_issues.add(element.line(), QCoreApplication::translate("ow::CatalogLoader",
                                                                     "condition \"%1\": situation \"%2\" has no option \"%3\"")
                                             .arg(*condition, situationId, optionId));
            continue;
        }
        if (const auto it = chosen.constFind(situationId); it != chosen.constEnd()) {
            if (*it == optionId)
                m_issues.add(
                    element.line(),
                    QCoreApplication::translate("ow::CatalogLoader", "condition \"%1\" is listed twice").arg(*condition));
            else
                m_issues.add(element.line(),
                             QCoreApplication::translate("ow::CatalogLoader",
                                                         "condition \"%1\" contradicts \"%2=%3\": the material could never apply")
                                 .arg(*condition, situationId, *it));
            continue;
        }
        chosen.insert(situationId, optionId);
        material.when.append(*condition);
    }
}

} // namespace ow
