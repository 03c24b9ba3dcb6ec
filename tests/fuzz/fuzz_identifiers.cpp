// libFuzzer target: what a clerk (or a card reader) types into the ID field: the resident ID number and
// unified social credit code checks (core/domain/identifiers.h), and the masking used on printouts.
#include "core/domain/identifiers.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDate today(2026, 12, 5); // fixed, so a crash reproduces on any day
    const ow::IdCheck any = ow::checkIdentifier(text, today);
    ow::checkResidentId(text, today);
    ow::checkCreditCode(text);
    ow::maskIdNumber(text);
    if (any.valid && !any.reason.isEmpty())
        __builtin_trap();
    return 0;
}
