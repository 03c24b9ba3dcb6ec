#pragma once
// The translation context of the hall service's messages, including the "detail" of API errors
// (English source, zh_CN in translations/). HallText::tr("...") is what lupdate finds; context "ow::Hall".

#include <QCoreApplication>

namespace ow {

struct HallText {
    Q_DECLARE_TR_FUNCTIONS(ow::Hall)
};

} // namespace ow
