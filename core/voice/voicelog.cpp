#include "core/voice/voicelog.h"

// Info by default: "no audio device" and "espeak-ng started" belong in a board's log without asking.
Q_LOGGING_CATEGORY(lcVoice, "onewindow.voice", QtInfoMsg)
