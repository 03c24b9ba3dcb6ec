#include "core/voice/boardvoice.h"

#include "core/hall/client/hallclient.h"
#include "core/voice/audiooutputsink.h"
#include "core/voice/espeaksynthesizer.h"

namespace ow {

std::unique_ptr<Announcer> makeBoardVoice(HallClient *client, VoiceLanguages languages)
{
    if (languages.isOff())
        return nullptr;
    Announcer::Options options;
    options.languages = languages;
    auto voice = std::make_unique<Announcer>(std::make_unique<EspeakSynthesizer>(), new AudioOutputSink, options);
    connectBoardVoice(client, voice.get());
    return voice;
}

void connectBoardVoice(HallClient *client, Announcer *announcer)
{
    if (!client || !announcer)
        return;
    // Only the live stream's calls: a snapshot after a reconnect lists the latest calls again, and
    // speaking those would repeat calls people have already answered.
    QObject::connect(client, &HallClient::ticketCalled, announcer, &Announcer::announceCall);
    QObject::connect(client, &HallClient::ticketRecalled, announcer, &Announcer::announceCall);
}

} // namespace ow
