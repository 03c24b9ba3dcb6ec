#include "core/domain/ratingreasons.h"

#include <QCoreApplication>
#include <QSet>

#include <array>
#include <utility>

namespace ow {

namespace {

// key, label (translated where shown). Order: what applicants complain of most first, "other" last.
const std::array<std::pair<const char16_t *, const char *>, 10> Reasons{{
    {u"attitude", QT_TRANSLATE_NOOP("ow::Rating", "Unfriendly service")},
    {u"waiting", QT_TRANSLATE_NOOP("ow::Rating", "Waited too long")},
    {u"slow", QT_TRANSLATE_NOOP("ow::Rating", "Slow handling")},
    {u"not_told_once", QT_TRANSLATE_NOOP("ow::Rating", "Not told everything at once")},
    {u"extra_materials", QT_TRANSLATE_NOOP("ow::Rating", "Asked for too many materials")},
    {u"more_trips", QT_TRANSLATE_NOOP("ow::Rating", "Have to come back again")},
    {u"procedure", QT_TRANSLATE_NOOP("ow::Rating", "Complicated procedure")},
    {u"fees", QT_TRANSLATE_NOOP("ow::Rating", "Unreasonable fees")},
    {u"surroundings", QT_TRANSLATE_NOOP("ow::Rating", "Hall facilities")},
    {u"other", QT_TRANSLATE_NOOP("ow::Rating", "Something else")},
}};

} // namespace

QStringList ratingReasonKeys()
{
    QStringList keys;
    keys.reserve(qsizetype(Reasons.size()));
    for (const auto &[key, label] : Reasons)
        keys.append(QString::fromUtf16(key));
    return keys;
}

bool isRatingReason(const QString &key)
{
    for (const auto &[known, label] : Reasons) {
        if (key == QStringView(known))
            return true;
    }
    return false;
}

QString ratingReasonLabel(const QString &key)
{
    for (const auto &[known, label] : Reasons) {
        if (key == QStringView(known))
            return QCoreApplication::translate("ow::Rating", label);
    }
    return {};
}

bool checkRatingReasons(int rating, const QStringList &reasons, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (reasons.isEmpty())
        return true; // an applicant who walks away from the question still rated
    if (!ratingTakesReasons(rating))
        return fail(QCoreApplication::translate("ow::Rating", "Only a rating of 1 or 2 gives reasons."));
    QSet<QString> seen;
    for (const QString &reason : reasons) {
        if (!isRatingReason(reason))
            return fail(
                QCoreApplication::translate("ow::Rating", "\"%1\" is not a reason of the rating list.").arg(reason.left(40)));
        if (seen.contains(reason))
            return fail(QCoreApplication::translate("ow::Rating", "The reason \"%1\" is given twice.").arg(reason));
        seen.insert(reason);
    }
    return true;
}

} // namespace ow
