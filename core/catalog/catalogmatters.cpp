// Material kinds and matters, less their material lists (catalogmaterials.cpp); the top level and
// bundles are in catalogloader.cpp.

#include "core/catalog/catalogloader.h"
#include "core/catalog/catalogparser_p.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow {

bool consistsOf(const QString &s, bool upper)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        const bool letter = upper ? (u >= 'A' && u <= 'Z') : (u >= 'a' && u <= 'z');
        if (!letter && !(u >= '0' && u <= '9') && u != '_')
            return false;
    }
    return true;
}

namespace {

const QStringList &matterTypes()
{
    static const QStringList types = {u"行政许可"_s, u"行政确认"_s, u"行政给付"_s, u"行政裁决"_s,
                                      u"行政征收"_s, u"行政奖励"_s, u"公共服务"_s, u"其他行政权力"_s};
    return types;
}

} // namespace

void CatalogParser::readMaterialKinds(const JsonNode &array)
{
    readCodedList(
        array, m_kinds, m_data.materialKinds,
        QCoreApplication::translate("ow::CatalogLoader", "duplicate material kind code \"%1\" (first defined at line %2)"),
        [this](const JsonNode &node, MaterialKind &kind) { return readMaterialKind(node, kind); });
}

bool CatalogParser::readMaterialKind(const JsonNode &node, MaterialKind &kind)
{
    const int before = m_issues.count();
    CatalogObjectReader o(node,
                          {"code", "name", "issuer", "legalBasis", "howToObtain", "validityMonths", "dataSharing",
                           "certificateStore", "perApplication", "commitmentBasis"},
                          m_issues, QCoreApplication::translate("ow::CatalogLoader", "each material kind"));
    if (!o.isObject())
        return false;
    if (const auto code = o.requiredString("code")) {
        kind.code = *code;
        if (!consistsOf(*code, true))
            m_issues.add(o.lineOf("code"),
                         QCoreApplication::translate("ow::CatalogLoader", "material kind code \"%1\" may use only A-Z, 0-9 and _")
                             .arg(*code));
    }
    if (const auto name = o.requiredString("name")) {
        kind.name = *name;
        checkMaterialName(o, *name);
    }
    if (const auto issuer = o.requiredString("issuer"))
        kind.issuer = *issuer;
    kind.legalBasis = o.optionalString("legalBasis", true).value_or(QString());
    kind.howToObtain = o.optionalString("howToObtain", true).value_or(QString());
    kind.validityMonths = o.optionalInt("validityMonths", 0).value_or(0);
    kind.dataSharing = o.optionalBool("dataSharing").value_or(false);
    kind.certificateStore = o.optionalBool("certificateStore").value_or(false);
    kind.perApplication = o.optionalBool("perApplication").value_or(false);
    kind.commitmentBasis = o.optionalString("commitmentBasis").value_or(QString());
    // A form filled in for the application is the applicant's own statement already: there is no
    // certificate for a commitment to replace.
    if (!kind.commitmentBasis.isEmpty() && kind.perApplication)
        m_issues.add(o.lineOf("commitmentBasis"),
                     QCoreApplication::translate("ow::CatalogLoader",
                                                 "material kind \"%1\" is filled in for each application: it is no "
                                                 "certificate a commitment could replace")
                         .arg(kind.code));
    return m_issues.count() == before;
}

void CatalogParser::readMatters(const JsonNode &array)
{
    readCodedList(array, m_matters, m_data.matters,
                  QCoreApplication::translate("ow::CatalogLoader", "duplicate matter code \"%1\" (first used at line %2)"),
                  [this](const JsonNode &node, Matter &matter) { return readMatter(node, matter); });
}

bool CatalogParser::readMatter(const JsonNode &node, Matter &matter)
{
    const int before = m_issues.count();
    CatalogObjectReader o(node,
                          {"code", "name", "type", "department", "legalBasis", "legalLimitDays", "promisedLimitDays", "fees",
                           "tags", "situations", "materials", "materialsBeforeReform", "version"},
                          m_issues, QCoreApplication::translate("ow::CatalogLoader", "each matter"));
    if (!o.isObject())
        return false;
    matter.code = o.requiredString("code").value_or(QString());
    matter.name = o.requiredString("name").value_or(QString());
    if (const auto type = o.requiredString("type")) {
        matter.type = *type;
        if (!matterTypes().contains(*type))
            m_issues.add(o.lineOf("type"),
                         QCoreApplication::translate("ow::CatalogLoader", "unknown matter type \"%1\" (expected one of: %2)")
                             .arg(*type, matterTypes().join(u", ")));
    }
    matter.department = o.requiredString("department").value_or(QString());
    matter.legalBasis = o.requiredString("legalBasis").value_or(QString());
    const auto legal = o.requiredInt("legalLimitDays", 0);
    const auto promised = o.requiredInt("promisedLimitDays", 0);
    matter.legalLimitDays = legal.value_or(0);
    matter.promisedLimitDays = promised.value_or(0);
    if (legal && promised && *promised > *legal)
        m_issues.add(
            o.lineOf("promisedLimitDays"),
            QCoreApplication::translate(
                "ow::CatalogLoader", "the promised time limit (%1 working days) exceeds the legal time limit (%2 working days)")
                .arg(*promised)
                .arg(*legal));
    if (const JsonNode *fees = o.optionalArray("fees"))
        readFees(*fees, matter);
    if (const JsonNode *tags = o.optionalArray("tags"))
        readTags(*tags, matter);
    // Situations before materials: the materials' "when" conditions refer to them.
    if (const JsonNode *situations = o.optionalArray("situations"))
        readSituations(*situations, matter);
    if (const JsonNode *materials = o.requiredArray("materials")) {
        if (materials->elements().isEmpty())
            m_issues.add(materials->line(),
                         QCoreApplication::translate("ow::CatalogLoader", "a matter must list at least one material"));
        readMaterials(*materials, matter);
    }
    if (const auto before = o.optionalInt("materialsBeforeReform", 1)) {
        if (*before > MaxMaterialsBeforeReform)
            m_issues.add(o.lineOf("materialsBeforeReform"),
                         QCoreApplication::translate("ow::CatalogLoader",
                                                     "\"materialsBeforeReform\" must be at most %1 (a count of materials)")
                             .arg(MaxMaterialsBeforeReform));
        else
            matter.materialsBeforeReform = *before;
    }
    // 0 tells the importer that the file leaves the numbering to it (docs/catalog-format.md, Versions).
    matter.version = o.optionalInt("version", 1).value_or(0);
    return m_issues.count() == before;
}

void CatalogParser::readFees(const JsonNode &array, Matter &matter)
{
    for (const JsonNode &node : array.elements()) {
        CatalogObjectReader o(node, {"item", "amount"}, m_issues, QCoreApplication::translate("ow::CatalogLoader", "each fee"));
        if (!o.isObject())
            continue;
        const auto item = o.requiredString("item");
        const auto amount = o.requiredString("amount");
        if (item && amount)
            matter.fees.append({*item, *amount});
    }
}

void CatalogParser::readTags(const JsonNode &array, Matter &matter)
{
    for (const JsonNode &element : array.elements()) {
        const auto name = CatalogObjectReader::stringElement(element, "tags", m_issues);
        if (!name)
            continue;
        MatterTag tag{};
        if (!enumFromKey(MatterTagWords, *name, &tag))
            m_issues.add(element.line(),
                         QCoreApplication::translate("ow::CatalogLoader", "unknown tag \"%1\" (expected one of: %2)")
                             .arg(*name, enumWords(MatterTagWords)));
        else if (matter.tags.contains(tag))
            m_issues.add(element.line(),
                         QCoreApplication::translate("ow::CatalogLoader", "tag \"%1\" is listed twice").arg(*name));
        else
            matter.tags.append(tag);
    }
}

void CatalogParser::readSituations(const JsonNode &array, Matter &matter)
{
    for (const JsonNode &node : array.elements()) {
        CatalogObjectReader o(node, {"id", "question", "options"}, m_issues,
                              QCoreApplication::translate("ow::CatalogLoader", "each situation"));
        if (!o.isObject())
            continue;
        Situation situation;
        situation.id = readLowerCaseId(o, matter.situations,
                                       QT_TRANSLATE_NOOP("ow::CatalogLoader", "situation id \"%1\" may use only a-z, 0-9 and _"),
                                       QT_TRANSLATE_NOOP("ow::CatalogLoader", "duplicate situation id \"%1\" in this matter"));
        situation.question = o.requiredString("question").value_or(QString());
        if (const JsonNode *options = o.requiredArray("options")) {
            if (options->elements().size() < 2)
                m_issues.add(options->line(),
                             QCoreApplication::translate("ow::CatalogLoader", "a situation needs at least two options"));
            for (const JsonNode &optionNode : options->elements()) {
                CatalogObjectReader oo(optionNode, {"id", "text"}, m_issues,
                                       QCoreApplication::translate("ow::CatalogLoader", "each option"));
                if (!oo.isObject())
                    continue;
                SituationOption option;
                option.id = readLowerCaseId(
                    oo, situation.options, QT_TRANSLATE_NOOP("ow::CatalogLoader", "option id \"%1\" may use only a-z, 0-9 and _"),
                    QT_TRANSLATE_NOOP("ow::CatalogLoader", "duplicate option id \"%1\" in this situation"));
                option.text = oo.requiredString("text").value_or(QString());
                situation.options.append(option);
            }
        }
        matter.situations.append(situation);
    }
}

} // namespace ow
