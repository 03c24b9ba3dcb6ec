#include "core/sync/platformreplies.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// Longer than any real 办件编号, case id or cursor: a field past it is not the platform's.
constexpr qsizetype MaxFieldLength = 256;

bool isShortString(const QJsonValue &v)
{
    return v.isString() && !v.toString().isEmpty() && v.toString().size() <= MaxFieldLength;
}

} // namespace

std::optional<QString> receiptFault(const QJsonObject &receipt, const QString &caseId, int revision)
{
    if (receipt.isEmpty())
        return QCoreApplication::translate("ow::Sync", "the answer is not the platform's receipt (empty or not JSON)");
    if (receipt.value(u"caseId"_s).toString() != caseId)
        return QCoreApplication::translate("ow::Sync", "the receipt is for another case");
    const QJsonValue held = receipt.value(u"revision"_s);
    if (!held.isDouble() || held.toInteger(-1) != revision)
        return QCoreApplication::translate("ow::Sync", "the receipt does not confirm revision %1").arg(revision);
    if (!isShortString(receipt.value(u"officialNumber"_s)))
        return QCoreApplication::translate("ow::Sync", "the receipt has no official case number");
    const QString outcome = receipt.value(u"outcome"_s).toString();
    if (outcome != u"created"_s && outcome != u"updated"_s && outcome != u"unchanged"_s)
        return QCoreApplication::translate("ow::Sync", "the receipt has no valid outcome");
    return std::nullopt;
}

std::optional<QString> evaluationReceiptFault(const QJsonObject &receipt, const QString &id)
{
    if (receipt.isEmpty())
        return QCoreApplication::translate("ow::Sync", "the answer is not the platform's receipt (empty or not JSON)");
    if (receipt.value(u"id"_s).toString() != id)
        return QCoreApplication::translate("ow::Sync", "the receipt is for another rating");
    const QString outcome = receipt.value(u"outcome"_s).toString();
    if (outcome != u"created"_s && outcome != u"unchanged"_s)
        return QCoreApplication::translate("ow::Sync", "the receipt has no valid outcome");
    return std::nullopt;
}

std::optional<ChangesPage> parseChangesPage(const QJsonObject &page, QString *fault)
{
    const auto failed = [fault](const QString &why) -> std::optional<ChangesPage> {
        if (fault)
            *fault = why;
        return std::nullopt;
    };
    if (!page.value(u"changes"_s).isArray() || !page.value(u"hasMore"_s).isBool())
        return failed(QCoreApplication::translate("ow::Sync", "the status page is not the platform's (no changes or hasMore)"));
    if (!isShortString(page.value(u"nextCursor"_s)))
        return failed(QCoreApplication::translate("ow::Sync", "the status page has no valid cursor"));
    ChangesPage out;
    out.nextCursor = page.value(u"nextCursor"_s).toString();
    out.hasMore = page.value(u"hasMore"_s).toBool();
    const QJsonArray changes = page.value(u"changes"_s).toArray();
    out.changes.reserve(changes.size());
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        if (!isShortString(c.value(u"caseId"_s)) || !isShortString(c.value(u"status"_s)))
            return failed(QCoreApplication::translate("ow::Sync", "a status change has no case or status"));
        out.changes.append({c.value(u"caseId"_s).toString(), c.value(u"status"_s).toString(),
                            c.value(u"department"_s).toString().left(MaxFieldLength),
                            c.value(u"officialNumber"_s).toString().left(MaxFieldLength), c.value(u"at"_s).toString()});
    }
    return out;
}

} // namespace ow
