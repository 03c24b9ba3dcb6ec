#pragma once
// The words of a matter's enums, as the catalog file format writes them (docs/catalog-format.md) and as a
// matter's stored snapshot keeps them: one table each, read by the catalog parser and the matter JSON alike.
// They are in files and on disk, so never rename one.

#include "core/domain/enumkeys.h"
#include "core/domain/matter.h"

namespace ow {

inline constexpr EnumKeys<MaterialForm, 4> MaterialFormWords{{
    {MaterialForm::Original, u"original"},
    {MaterialForm::Copy, u"copy"},
    {MaterialForm::Electronic, u"electronic"},
    {MaterialForm::OriginalAndCopy, u"originalAndCopy"},
}};

inline constexpr EnumKeys<Requirement, 3> RequirementWords{{
    {Requirement::Required, u"required"},
    {Requirement::Optional, u"optional"},
    {Requirement::Situational, u"situational"},
}};

inline constexpr EnumKeys<MatterTag, 4> MatterTagWords{{
    {MatterTag::Instant, u"instant"},
    {MatterTag::Online, u"online"},
    {MatterTag::Nearby, u"nearby"},
    {MatterTag::OneTrip, u"oneTrip"},
}};

} // namespace ow
