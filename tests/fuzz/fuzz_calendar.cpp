// libFuzzer target: a working-calendar year file (WorkingCalendar::loadJson, docs/calendar-format.md),
// then the calendar it gives is used the way the counter uses it.
#include "core/calendar/workingcalendar.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    ow::WorkingCalendar calendar;
    QString error;
    if (!calendar.loadJson(bytes, QStringLiteral("fuzz.json"), &error)) {
        if (error.isEmpty()) // a refusal says why
            __builtin_trap();
        return 0;
    }
    for (int year : calendar.years()) {
        const QDate start(year, 1, 1);
        const QDate due = calendar.dueDate(start, 20);
        if (calendar.workingDaysBetween(start, due) != 20)
            __builtin_trap();
    }
    return 0;
}
