#pragma once
// The 绿色通道 for the elderly at the ticket kiosk: an applicant types an ID number, and a priority ticket is
// offered when the number says the person has reached ElderlyPriorityAge today. The rule lives here, not in
// the kiosk's widget, so it is tested on its own; the number itself is never kept (the hall holds no
// personal data), only the verdict leaves this function.

#include <QDate>
#include <QString>

namespace ow {

inline constexpr int ElderlyPriorityAge = 60;

// Completed years of age on `day` of someone born on `birth`: the year turns on the birthday itself; one
// born on 29 February turns on 1 March in a common year.
int ageOn(const QDate &birth, const QDate &day);

struct ElderlyVerdict {
    enum class Kind { NotAnId, TooYoung, Elderly };
    Kind kind = Kind::NotAnId;
    QString reason; // NotAnId: why the number is not valid, translated
};

ElderlyVerdict elderlyPriority(const QString &idNumber, const QDate &today);

} // namespace ow
