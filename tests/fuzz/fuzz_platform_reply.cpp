// libFuzzer target: a body the central platform (or whatever answers in its place: a captive portal, a
// proxy) sends back, through the checks the sync client applies to it (core/sync/platformreplies.h).
#include "core/sync/platformreplies.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonObject reply = QJsonDocument::fromJson(bytes).object(); // the client's reading: not an object is {}
    ow::receiptFault(reply, QStringLiteral("XH-20261205-0001"), 1);
    ow::evaluationReceiptFault(reply, QStringLiteral("E-1"));
    QString fault;
    const std::optional<ow::ChangesPage> page = ow::parseChangesPage(reply, &fault);
    if (!page && fault.isEmpty()) // a refused page says why
        __builtin_trap();
    return 0;
}
