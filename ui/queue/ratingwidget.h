#pragma once
// The 好差评 screen: a second screen at a clerk's window, facing the applicant. When the ticket at its
// window is completed it asks for a rating in five big levels (very satisfied … very dissatisfied) with an
// optional comment (quick touch choices, or typed); a rating of 1 or 2 then asks why, with the national
// 好差评 reasons as touch choices (core/domain/ratingreasons.h), and is sent with those chosen when the
// applicant touches Send or walks away (the rating itself is never dropped); sends it to the hall (HallClient::rate; the hall stores it with the ticket and so
// with the ticket's linked cases), thanks, and returns to idle after a while, also when nobody rates.
// It needs the window's token: a window may rate the tickets it served. No personal data is shown.

#include "core/hall/client/hallclient.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace ow {

class QuickComments;

class RatingWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Idle, Asking, Thanks, Reasons };

    // The client is not owned; windowId as "W03".
    RatingWidget(HallClient *client, const QString &windowId, QWidget *parent = nullptr);

    // How long the question waits for a touch, and how long the thanks stay, before idle again.
    void setTimeouts(int askMs, int thanksMs);

    Page page() const;
    HallTicket ticket() const { return m_ticket; }

    // Asks about a completed ticket (normally on HallClient::ticketCompleted for this window).
    void ask(const HallTicket &ticket);
    // The rating 1 (very dissatisfied) … 5 (very satisfied) with the quick comments chosen and the comment
    // typed so far: sent at once, or for 1 and 2 after the reasons page (sendWithReasons()).
    void rate(int rating);
    // Sends the rating asked about on the reasons page with the reasons chosen there.
    void sendWithReasons();

    static QString levelName(int rating);

Q_SIGNALS:
    void rated(const ow::HallTicket &ticket);
    void rateFailed(const ow::HallResult &result);

private:
    void send(int rating, const QStringList &reasons);
    void onAskTimeout();
    void showIdle();
    void showThanks(const QString &text, bool error);
    void onCompleted(const HallTicket &ticket);
    void showState(HallClient::State state);

    QPointer<HallClient> m_client;
    QString m_windowId;
    HallTicket m_ticket;
    bool m_sending = false;
    QStackedWidget *m_pages;
    QLabel *m_idle;
    QLabel *m_question;
    QLineEdit *m_comment;
    QuickComments *m_quick;
    QList<QPushButton *> m_levels;
    QuickComments *m_reasons;
    QPushButton *m_sendReasons;
    int m_pendingRating = 0; // chosen, waiting on the reasons page
    QLabel *m_thanks;
    QLabel *m_state;
    QTimer *m_askTimer;
    QTimer *m_thanksTimer;
};

} // namespace ow
