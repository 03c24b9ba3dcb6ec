#pragma once
// One round at a time for the window's followers of the hall (HallCaseReporter, HallRatingFollower): a
// round asked for while one runs is not started beside it but once more right after it, however often it
// was asked meanwhile, so nothing that came in during a round waits for the next timer.

#include <utility>

namespace ow {

class RoundGate
{
public:
    // True when the round may start now; false when one runs (it will run again when that one ends).
    bool begin()
    {
        if (m_busy) {
            m_again = true;
            return false;
        }
        m_busy = true;
        m_again = false;
        return true;
    }
    // The round ended; true when another was asked for meanwhile.
    bool end()
    {
        m_busy = false;
        return std::exchange(m_again, false);
    }
    bool isBusy() const { return m_busy; }

private:
    bool m_busy = false;
    bool m_again = false;
};

} // namespace ow
