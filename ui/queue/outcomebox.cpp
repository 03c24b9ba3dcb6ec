#include "ui/queue/outcomebox.h"

#include <QComboBox>
#include <QCoreApplication>

#include <utility>

namespace ow {

void addTicketOutcomes(QComboBox *box)
{
    // In the calling panel's context, where these texts were first translated.
    const std::pair<const char *, const char *> outcomes[] = {
        {"accepted", QT_TRANSLATE_NOOP("ow::CallingPanel", "Accepted")},
        {"accepted_deficiency", QT_TRANSLATE_NOOP("ow::CallingPanel", "Accepted with deficiency (容缺受理)")},
        {"one_time_notice", QT_TRANSLATE_NOOP("ow::CallingPanel", "One-time notice (一次告知)")},
        {"not_accepted", QT_TRANSLATE_NOOP("ow::CallingPanel", "Not accepted")},
        {"consulted", QT_TRANSLATE_NOOP("ow::CallingPanel", "Consultation")},
        {"collected", QT_TRANSLATE_NOOP("ow::CallingPanel", "Documents collected")},
        {"other", QT_TRANSLATE_NOOP("ow::CallingPanel", "Other")},
    };
    for (const auto &[id, label] : outcomes)
        box->addItem(QCoreApplication::translate("ow::CallingPanel", label), QString::fromLatin1(id));
}

} // namespace ow
