#include "core/voice/wavfile.h"

#include <QFile>
#include <QSaveFile>
#include <QtEndian>

namespace ow {

namespace {

void put32(QByteArray &b, quint32 v)
{
    char raw[4];
    qToLittleEndian(v, raw);
    b.append(raw, 4);
}

void put16(QByteArray &b, quint16 v)
{
    char raw[2];
    qToLittleEndian(v, raw);
    b.append(raw, 2);
}

quint32 get32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}
quint16 get16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QByteArray wavBytes(const PcmClip &clip)
{
    const QByteArray data = clip.toBytes();
    QByteArray b;
    b.reserve(44 + data.size());
    b.append("RIFF", 4);
    put32(b, quint32(36 + data.size()));
    b.append("WAVE", 4);
    b.append("fmt ", 4);
    put32(b, 16); // PCM fmt chunk size
    put16(b, 1);  // PCM
    put16(b, 1);  // mono
    put32(b, quint32(clip.sampleRate));
    put32(b, quint32(clip.sampleRate * 2)); // byte rate
    put16(b, 2);                            // block align
    put16(b, 16);                           // bits per sample
    b.append("data", 4);
    put32(b, quint32(data.size()));
    b.append(data);
    return b;
}

bool writeWav(const QString &path, const PcmClip &clip, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, file.errorString());
    file.write(wavBytes(clip));
    if (!file.commit())
        return fail(error, file.errorString());
    return true;
}

std::optional<PcmClip> parseWav(const QByteArray &b, QString *error)
{
    if (b.size() < 12 || !b.startsWith("RIFF") || b.mid(8, 4) != "WAVE") {
        fail(error, QStringLiteral("not a RIFF/WAVE file"));
        return std::nullopt;
    }
    int channels = 0, bits = 0, format = 0;
    PcmClip clip;
    bool haveFormat = false;
    // Walk the chunks: other writers put LIST/fact chunks between fmt and data.
    for (qsizetype at = 12; at + 8 <= b.size();) {
        const QByteArray id = b.mid(at, 4);
        const qsizetype size = qsizetype(get32(b, at + 4));
        const qsizetype body = at + 8;
        if (size < 0 || body + size > b.size()) {
            if (id != "data") {
                fail(error, QStringLiteral("chunk %1 runs past the end of the file").arg(QString::fromLatin1(id)));
                return std::nullopt;
            }
        }
        if (id == "fmt " && size >= 16) {
            format = get16(b, body);
            channels = get16(b, body + 2);
            clip.sampleRate = int(get32(b, body + 4));
            bits = get16(b, body + 14);
            haveFormat = true;
        } else if (id == "data") {
            if (!haveFormat || format != 1 || bits != 16 || channels < 1 || channels > 2 || clip.sampleRate <= 0) {
                fail(error, QStringLiteral("only 16-bit PCM, mono or stereo, is read"));
                return std::nullopt;
            }
            const qsizetype bytes = std::min(size, b.size() - body); // a truncated file keeps what it has
            const qsizetype frames = bytes / (2 * channels);
            clip.samples.resize(size_t(frames));
            for (qsizetype f = 0; f < frames; ++f) {
                int sum = 0;
                for (int c = 0; c < channels; ++c)
                    sum += qint16(get16(b, body + (f * channels + c) * 2));
                clip.samples[size_t(f)] = qint16(sum / channels);
            }
            return clip;
        }
        at = body + size + (size & 1); // chunks are padded to an even size
    }
    fail(error, QStringLiteral("no data chunk"));
    return std::nullopt;
}

std::optional<PcmClip> readWav(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, file.errorString());
        return std::nullopt;
    }
    return parseWav(file.readAll(), error);
}

} // namespace ow
