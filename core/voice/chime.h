#pragma once
// The two-tone "ding-dong" before every announcement: heads turn before the number is spoken, so the
// number is heard the first time. Synthesized here (no sound file to ship or lose).

#include "core/voice/pcmclip.h"

namespace ow {

struct Chime {
    static constexpr double dingHz = 659.25; // E5
    static constexpr double dongHz = 523.25; // C5, a major third below: the familiar doorbell interval
    static constexpr int dongStartMs = 450;  // the second tone starts while the first still rings
    static constexpr int lengthMs = 1300;

    // Peak about half of full scale: loud enough over the hall's noise, with room for the speech after it.
    static PcmClip render(int sampleRate);
};

// The magnitude of one frequency in a stretch of the clip (Goertzel), normalised so that a full-scale
// sine at that frequency gives about 1. Used by tests and by nothing on the playing path.
double toneLevel(const PcmClip &clip, double hz, qsizetype from, qsizetype count);

} // namespace ow
