#pragma once
// RIFF/WAVE files of 16-bit PCM: writing an announcement for a test or an administrator to listen to
// (onewindow's tests render one and check it is not silence), and reading such a file back.

#include "core/voice/pcmclip.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ow {

QByteArray wavBytes(const PcmClip &clip);
bool writeWav(const QString &path, const PcmClip &clip, QString *error = nullptr);

// Reads 16-bit PCM, mono or stereo (stereo is averaged to mono); anything else is refused with a reason.
std::optional<PcmClip> parseWav(const QByteArray &bytes, QString *error = nullptr);
std::optional<PcmClip> readWav(const QString &path, QString *error = nullptr);

} // namespace ow
