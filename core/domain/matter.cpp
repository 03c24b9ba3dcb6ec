#include "core/domain/matter.h"

#include <QCoreApplication>

namespace ow {

QString materialFormName(MaterialForm form)
{
    switch (form) {
    case MaterialForm::Original: return QCoreApplication::translate("ow::Matter", "original");
    case MaterialForm::Copy: return QCoreApplication::translate("ow::Matter", "copy");
    case MaterialForm::Electronic: return QCoreApplication::translate("ow::Matter", "electronic");
    case MaterialForm::OriginalAndCopy: return QCoreApplication::translate("ow::Matter", "original and copy");
    }
    return {};
}

QString requirementName(Requirement requirement)
{
    switch (requirement) {
    case Requirement::Required: return QCoreApplication::translate("ow::Matter", "required");
    case Requirement::Optional: return QCoreApplication::translate("ow::Matter", "optional");
    case Requirement::Situational: return QCoreApplication::translate("ow::Matter", "required in this situation");
    }
    return {};
}

QString matterTagName(MatterTag tag)
{
    switch (tag) {
    case MatterTag::Instant: return QCoreApplication::translate("ow::Matter", "Instant");
    case MatterTag::Online: return QCoreApplication::translate("ow::Matter", "Online");
    case MatterTag::Nearby: return QCoreApplication::translate("ow::Matter", "Nearby");
    case MatterTag::OneTrip: return QCoreApplication::translate("ow::Matter", "One trip");
    }
    return {};
}

} // namespace ow
