#pragma once
// Why an applicant was dissatisfied: the reasons a rating of 1 or 2 (不满意 / 非常不满意) may carry, after
// the national 好差评 system's evaluation items (国办发〔2019〕51号: service attitude, efficiency, the
// one-time notice, trips, materials, procedure, waiting, fees, surroundings). The keys travel on the wire
// (hall API, platform evaluations) and never change; the labels are for the screen, in the user's language.

#include <QString>
#include <QStringList>

namespace ow {

// The reasons in the order the rating screen shows them.
QStringList ratingReasonKeys();
bool isRatingReason(const QString &key);
QString ratingReasonLabel(const QString &key); // "" for an unknown key

// A rating that asks why (1 and 2); only those may carry reasons.
constexpr int MaxRatingWithReasons = 2;
inline bool ratingTakesReasons(int rating)
{
    return rating >= 1 && rating <= MaxRatingWithReasons;
}

// The reasons of a rating as given: each known, none twice, and only for a rating that takes them. false
// with a message in *error (for the hall's 400) otherwise.
bool checkRatingReasons(int rating, const QStringList &reasons, QString *error);

} // namespace ow
