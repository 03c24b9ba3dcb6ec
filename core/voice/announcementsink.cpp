#include "core/voice/announcementsink.h"

#include <QTimer>

namespace ow {

NullSink::NullSink(QObject *parent)
    : AnnouncementSink(parent),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &AnnouncementSink::finished);
}

void NullSink::play(const PcmClip &clip)
{
    m_timer->start(int(clip.durationMs()));
}

bool NullSink::isPlaying() const
{
    return m_timer->isActive();
}

} // namespace ow
