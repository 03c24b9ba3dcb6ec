#include "core/sync/platformreplies.h"

#include "core/json/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// Longer than any real 办件编号, case id or cursor: a field past it is not the platform's.
constexpr qsizetype MaxFieldLength = 256;
constexpr TextRule Field{.need = Need::Required, .maxLength = MaxFieldLength};
// The platform pages its changes; a page of more than this is not its answer.
constexpr ArrayRule Changes{.need = Need::Required, .maxItems = 100000};

} // namespace

std::optional<QString> receiptFault(const QJsonObject &receipt, const QString &caseId, int revision)
{
    if (receipt.isEmpty())
        return QCoreApplication::translate("ow::Sync", "the answer is not the platform's receipt (empty or not JSON)");
    JsonReader r(receipt);
    if (r.string(u"caseId", Field) != caseId || !r.ok())
        return QCoreApplication::translate("ow::Sync", "the receipt is for another case");
    if (r.integer(u"revision", {.need = Need::Required, .fallback = -1}) != revision || !r.ok())
        return QCoreApplication::translate("ow::Sync", "the receipt does not confirm revision %1").arg(revision);
    r.string(u"officialNumber", Field);
    if (!r.ok())
        return QCoreApplication::translate("ow::Sync", "the receipt has no official case number");
    const QString outcome = r.string(u"outcome", Field);
    if (outcome != u"created"_s && outcome != u"updated"_s && outcome != u"unchanged"_s)
        return QCoreApplication::translate("ow::Sync", "the receipt has no valid outcome");
    return std::nullopt;
}

std::optional<QString> evaluationReceiptFault(const QJsonObject &receipt, const QString &id)
{
    if (receipt.isEmpty())
        return QCoreApplication::translate("ow::Sync", "the answer is not the platform's receipt (empty or not JSON)");
    JsonReader r(receipt);
    if (r.string(u"id", Field) != id || !r.ok())
        return QCoreApplication::translate("ow::Sync", "the receipt is for another rating");
    const QString outcome = r.string(u"outcome", Field);
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
    JsonReader r(page);
    const QJsonArray changes = r.array(u"changes", Changes);
    ChangesPage out;
    out.hasMore = r.boolean(u"hasMore", Need::Required);
    if (!r.ok())
        return failed(QCoreApplication::translate("ow::Sync", "the status page is not the platform's (no changes or hasMore)"));
    out.nextCursor = r.string(u"nextCursor", Field);
    if (!r.ok())
        return failed(QCoreApplication::translate("ow::Sync", "the status page has no valid cursor"));
    out.changes.reserve(changes.size());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        JsonReader c = r.item(u"changes", changes, i);
        StatusChangeItem item{c.string(u"caseId", Field), c.string(u"status", Field),
                              c.string(u"department").left(MaxFieldLength), c.string(u"officialNumber").left(MaxFieldLength),
                              c.string(u"at", {.maxLength = 64})};
        if (!r.ok())
            return failed(QCoreApplication::translate("ow::Sync", "a status change has no case or status"));
        out.changes.append(item);
    }
    return out;
}

} // namespace ow
