#pragma once
// The hall's wall board: the hall's clock, the latest call very large ("A012 → 3号窗口"), the calls
// before it under a heading, how many wait per service, and a scrolling notice. Full screen at 1920×1080
// or 1366×768 nothing in it widens the window: long names shrink their font or wrap (FitLabel). It is driven only by a HallClient (its snapshot and signals),
// so a board PC needs nothing but a board token; it never sends a request.

#include "core/hall/client/hallclient.h"
#include "core/queue/halltime.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QTimer;

namespace ow {

class FitLabel;

class BoardWidget : public QWidget
{
    Q_OBJECT

public:
    // The client is not owned; start() it before or after (the board follows stateChanged).
    explicit BoardWidget(HallClient *client, QWidget *parent = nullptr);

    // The scrolling notice line (office hours, materials reminders); empty hides it.
    void setNotice(const QString &text);
    QString notice() const { return m_noticeText; }

    // How many earlier calls are listed under the big one.
    static constexpr int previousCallCount = 6;

    // Where "now" comes from (tests); the clock shows it on the hall's clock, not this PC's.
    void setClock(std::function<QDateTime()> clock);

private:
    void redraw(const HallSnapshot &snapshot);
    void showCall(const HallCall &call);
    void showWaiting();
    void showState(HallClient::State state);
    void scrollNotice();
    QString callText(const HallCall &call) const;
    void showClock();
    void showPrevious();

    QPointer<HallClient> m_client;
    FitLabel *m_hallName;
    QLabel *m_clockLabel;
    QLabel *m_state;
    FitLabel *m_latest;
    QLabel *m_previousHeading;
    QListWidget *m_previous;
    QWidget *m_waitingBox;
    QHash<QString, QLabel *> m_waiting; // by service code, objectName "waiting_<code>"
    QLabel *m_marquee;
    QTimer *m_marqueeTimer;
    QTimer *m_clockTimer;
    std::function<QDateTime()> m_clock;
    QString m_noticeText;
    int m_marqueeOffset = 0;
    QList<HallCall> m_calls; // newest first, the big one included
};

} // namespace ow
