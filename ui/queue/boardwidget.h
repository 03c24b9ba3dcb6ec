#pragma once
// The hall's wall board: the latest call very large ("A012 → 3号窗口"), the calls before it, how many
// wait per service, and a scrolling notice. It is driven only by a HallClient (its snapshot and signals),
// so a board PC needs nothing but a board token; it never sends a request.

#include "core/hall/client/hallclient.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QTimer;

namespace ow {

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

private:
    void redraw(const HallSnapshot &snapshot);
    void showCall(const HallCall &call);
    void showWaiting();
    void showState(HallClient::State state);
    void scrollNotice();
    QString callText(const HallCall &call) const;

    QPointer<HallClient> m_client;
    QLabel *m_hallName;
    QLabel *m_state;
    QLabel *m_latest;
    QListWidget *m_previous;
    QWidget *m_waitingBox;
    QHash<QString, QLabel *> m_waiting; // by service code, objectName "waiting_<code>"
    QLabel *m_marquee;
    QTimer *m_marqueeTimer;
    QString m_noticeText;
    int m_marqueeOffset = 0;
    QList<HallCall> m_calls; // newest first, the big one included
};

} // namespace ow
