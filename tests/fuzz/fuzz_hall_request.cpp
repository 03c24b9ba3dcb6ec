// libFuzzer target: a request body a device sends the hall service, read the way the routes read it
// (core/hall/server/hallroutes*.cpp): a JSON object, its typed fields through core/json, and the case
// summaries a window reports (CaseSummary::fromJson, POST /api/v1/case-summaries). No socket: the HTTP
// framing has its own tests (tests/integration/hall).
#include "core/hall/protocol/casesummary.h"
#include "core/json/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonObject body = QJsonDocument::fromJson(bytes).object();
    ow::JsonReader reader(body);
    reader.string(u"service", {ow::Need::Required, 16});
    reader.string(u"ticket", {ow::Need::Optional, 64});
    reader.integer(u"rating", {ow::Need::Optional, 1, 5});
    reader.boolean(u"paused");
    reader.strings(u"caseIds", {ow::Need::Optional, 1000}, {ow::Need::Required, 64});
    reader.dateTime(u"slotStart", ow::Need::Optional, true);
    if (!reader.ok() && reader.error().isEmpty())
        __builtin_trap(); // a refusal always says why

    const QJsonArray summaries = body.value(QStringLiteral("summaries")).toArray();
    for (const QJsonValue &item : summaries) {
        ow::CaseSummary summary;
        QString error;
        if (!ow::CaseSummary::fromJson(item.toObject(), &summary, &error) && error.isEmpty())
            __builtin_trap(); // a refused summary names its field: the 400 says which
    }
    return 0;
}
