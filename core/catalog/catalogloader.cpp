#include "core/catalog/catalogloader.h"

#include "core/catalog/catalogparser_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// A catalog of many thousand matters is a few megabytes; anything far larger is the wrong file.
constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

CatalogLoadResult failed(const QString &source, int line, const QString &message)
{
    CatalogLoadResult result;
    result.errors.append(source + u':' + QString::number(line) + u": " + message);
    return result;
}

} // namespace

CatalogLoadResult CatalogLoader::load(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return failed(
            filePath, 0,
            QCoreApplication::translate("ow::CatalogLoader", "cannot open the catalog file: %1").arg(file.errorString()));
    if (file.size() > MaxFileSize)
        return failed(
            filePath, 0,
            QCoreApplication::translate("ow::CatalogLoader", "the file is too large for a catalog (%1 bytes)").arg(file.size()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failed(
            filePath, 0,
            QCoreApplication::translate("ow::CatalogLoader", "cannot read the catalog file: %1").arg(file.errorString()));
    return loadBytes(bytes, filePath);
}

CatalogLoadResult CatalogLoader::loadBytes(const QByteArray &utf8, const QString &sourceName)
{
    JsonParseError parseError;
    const JsonNode root = JsonTree::parse(utf8, &parseError);
    if (!parseError.message.isEmpty())
        return failed(sourceName, parseError.line,
                      QCoreApplication::translate("ow::CatalogLoader", "JSON syntax error: %1").arg(parseError.message));

    CatalogIssues issues;
    CatalogData data;
    CatalogParser(issues, data).read(root);

    CatalogLoadResult result;
    if (issues.isEmpty()) {
        result.ok = true;
        result.data = std::move(data);
    } else {
        result.errors = issues.format(sourceName);
    }
    return result;
}

bool CatalogLoader::isVagueMaterialName(const QString &name)
{
    // The four the format names, the 其它 spelling, and the close variants that mean the same thing.
    static const QSet<QString> vague = {
        u"其他材料"_s,     u"有关材料"_s,     u"其他相关材料"_s, u"相关证明材料"_s,   u"其它材料"_s,
        u"其它相关材料"_s, u"其他有关材料"_s, u"其它有关材料"_s, u"相关材料"_s,       u"其他证明材料"_s,
        u"其它证明材料"_s, u"有关证明材料"_s, u"其他必要材料"_s, u"其他需要的材料"_s,
    };
    QString normalized;
    normalized.reserve(name.size());
    for (QChar c : name)
        if (!c.isSpace() && !c.isPunct())
            normalized += c;
    // "其他材料等" is still a catch-all.
    if (normalized.endsWith(u'等'))
        normalized.chop(1);
    return vague.contains(normalized);
}

void CatalogParser::read(const JsonNode &root)
{
    if (!root.isObject()) {
        m_issues.add(root.line(), QCoreApplication::translate("ow::CatalogLoader", "a catalog must be a JSON object { ... }"));
        return;
    }
    CatalogObjectReader top(root, {"format", "catalogVersion", "materialKinds", "matters", "bundles"}, m_issues, QString());
    if (const auto format = top.requiredString("format"); format && *format != CatalogLoader::formatId())
        m_issues.add(top.lineOf("format"),
                     QCoreApplication::translate("ow::CatalogLoader", "unsupported format \"%1\" (expected \"%2\")")
                         .arg(*format, CatalogLoader::formatId()));
    if (const auto version = top.requiredString("catalogVersion"))
        m_data.catalogVersion = *version;

    // Kinds first and matters before bundles, whatever the key order in the file, so that every
    // reference can be checked against the complete list.
    if (const JsonNode *kinds = top.requiredArray("materialKinds"))
        readMaterialKinds(*kinds);
    if (const JsonNode *matters = top.requiredArray("matters")) {
        if (matters->elements().isEmpty())
            m_issues.add(matters->line(),
                         QCoreApplication::translate("ow::CatalogLoader", "\"matters\" must list at least one matter"));
        readMatters(*matters);
    }
    if (const JsonNode *bundles = top.optionalArray("bundles"))
        readBundles(*bundles);
}

void CatalogParser::readBundles(const JsonNode &array)
{
    QHash<QString, int> bundleLines;
    for (const JsonNode &node : array.elements()) {
        CatalogObjectReader o(node, {"code", "name", "description", "matters"}, m_issues,
                              QCoreApplication::translate("ow::CatalogLoader", "each bundle"));
        if (!o.isObject())
            continue;
        Bundle bundle;
        if (const auto code = o.requiredString("code")) {
            bundle.code = *code;
            const int line = o.lineOf("code");
            if (const auto m = m_matters.constFind(*code); m != m_matters.constEnd())
                m_issues.add(line, QCoreApplication::translate("ow::CatalogLoader",
                                                               "bundle code \"%1\" is already the code of a matter (line %2)")
                                       .arg(*code)
                                       .arg(m->line));
            else if (const auto b = bundleLines.constFind(*code); b != bundleLines.constEnd())
                m_issues.add(
                    line, QCoreApplication::translate("ow::CatalogLoader", "duplicate bundle code \"%1\" (first used at line %2)")
                              .arg(*code)
                              .arg(*b));
            else
                bundleLines.insert(*code, line);
        }
        if (const auto name = o.requiredString("name"))
            bundle.name = *name;
        if (const auto description = o.optionalString("description", true))
            bundle.description = *description;
        if (const JsonNode *matters = o.requiredArray("matters")) {
            if (matters->elements().size() < 2)
                m_issues.add(matters->line(),
                             QCoreApplication::translate("ow::CatalogLoader", "a bundle must combine at least two matters"));
            for (const JsonNode &element : matters->elements()) {
                const auto code = CatalogObjectReader::stringElement(element, "matters", m_issues);
                if (!code)
                    continue;
                if (!m_matters.contains(*code))
                    m_issues.add(element.line(),
                                 QCoreApplication::translate("ow::CatalogLoader", "unknown matter \"%1\" in bundle").arg(*code));
                else if (bundle.matterCodes.contains(*code))
                    m_issues.add(element.line(),
                                 QCoreApplication::translate("ow::CatalogLoader", "matter \"%1\" is listed twice in this bundle")
                                     .arg(*code));
                else
                    bundle.matterCodes.append(*code);
            }
        }
        m_data.bundles.append(bundle);
    }
}

} // namespace ow
