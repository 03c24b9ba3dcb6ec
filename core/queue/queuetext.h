#pragma once
// The translation context of the queue's messages (English source, zh_CN in translations/).
// QueueText::tr("...") is what lupdate finds; the context is "ow::Queue".

#include <QCoreApplication>

namespace ow {

struct QueueText {
    Q_DECLARE_TR_FUNCTIONS(ow::Queue)
};

} // namespace ow
