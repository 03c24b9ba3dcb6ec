// libFuzzer target: a request body a device sends the hall service, read the way the routes read it
// (core/hall/server/hallroutes*.cpp): a JSON object, its typed fields, and the case summaries a window
// reports (CaseSummary::fromJson, POST /api/v1/case-summaries). No socket: the HTTP framing has its
// own tests (tests/integration/hall).
#include "core/hall/protocol/casesummary.h"
#include "core/hall/server/hallhttp.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonObject body = QJsonDocument::fromJson(bytes).object();
    QString error;
    QString text;
    int number = 0;
    bool flag = false;
    QStringList list;
    QDateTime time;
    namespace h = ow::hallhttp;
    h::stringField(body, QStringLiteral("service"), false, &text, &error);
    h::stringField(body, QStringLiteral("ticket"), true, &text, &error);
    h::intField(body, QStringLiteral("rating"), true, &number, &error);
    h::boolField(body, QStringLiteral("paused"), &flag, &error);
    h::stringListField(body, QStringLiteral("caseIds"), &list, &error);
    h::timeField(body, QStringLiteral("slotStart"), &time, &error);

    const QJsonArray summaries = body.value(QStringLiteral("summaries")).toArray();
    for (const QJsonValue &item : summaries) {
        ow::CaseSummary summary;
        int bound = 0;
        if (!ow::CaseSummary::fromJson(item.toObject(), &summary, &error, &bound) && error.isEmpty())
            __builtin_trap(); // a refused summary names its field: the 400 says which
    }
    return 0;
}
