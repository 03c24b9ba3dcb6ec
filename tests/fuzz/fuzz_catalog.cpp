// libFuzzer target: a catalog file as an administrator imports it (CatalogLoader::loadBytes, the entry
// point of `onewindowctl import-catalog`). Any input must give a result or errors, never a crash.
#include "core/catalog/catalogloader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ow::CatalogLoadResult result = ow::CatalogLoader::loadBytes(bytes, QStringLiteral("fuzz.json"));
    // A refused file carries its reasons; an accepted one none.
    if (result.ok == !result.errors.isEmpty())
        __builtin_trap();
    return 0;
}
