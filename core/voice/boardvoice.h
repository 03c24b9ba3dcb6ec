#pragma once
// Gives a hall board its voice in one call: espeak-ng on a worker thread, the default loudspeaker (or
// silence with the same timing when there is none), and the client's calls and recalls connected.

#include "core/voice/announcer.h"

#include <memory>

namespace ow {

class HallClient;

// Null when the languages are off ("--voice off"): the board stays silent and costs nothing.
std::unique_ptr<Announcer> makeBoardVoice(HallClient *client, VoiceLanguages languages);

// The connection alone (calls and recalls to the announcer), for an announcer made some other way.
void connectBoardVoice(HallClient *client, Announcer *announcer);

} // namespace ow
