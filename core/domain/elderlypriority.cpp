#include "core/domain/elderlypriority.h"

#include "core/domain/identifiers.h"

namespace ow {

int ageOn(const QDate &birth, const QDate &day)
{
    int age = day.year() - birth.year();
    // QDate(year, 2, 29) is invalid in a common year, so the comparison is by month and day: 28 February is
    // still before the birthday, 1 March is past it.
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

ElderlyVerdict elderlyPriority(const QString &idNumber, const QDate &today)
{
    const IdCheck id = checkResidentId(idNumber, today);
    if (!id.valid)
        return {ElderlyVerdict::Kind::NotAnId, id.reason};
    if (ageOn(id.birthDate, today) < ElderlyPriorityAge)
        return {ElderlyVerdict::Kind::TooYoung, {}};
    return {ElderlyVerdict::Kind::Elderly, {}};
}

} // namespace ow
