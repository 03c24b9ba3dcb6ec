#pragma once
// The voice module's logging category: QT_LOGGING_RULES="onewindow.voice.debug=true".
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcVoice)
