#pragma once
// The ticket kiosk: one big touch button per service of the hall (from the HallClient's snapshot), a
// 绿色通道 (priority) option, and the issued ticket shown large: number, service, people ahead, time.
// Errors (daily limit reached, hall service unreachable) are shown in the same place, in plain words.

#include "hall/hallclient.h"

#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace ow {

class KioskWidget : public QWidget
{
    Q_OBJECT

public:
    // The client is not owned; it needs a kiosk token.
    explicit KioskWidget(HallClient *client, QWidget *parent = nullptr);

    // How long a ticket (or an error) stays on screen before the kiosk invites the next person.
    void setResultTimeout(int ms);

    // Issues a ticket for the service, with the chosen priority category (if the option is on).
    void issue(const QString &serviceCode);

Q_SIGNALS:
    void ticketIssued(const ow::HallTicket &ticket, int peopleAhead); // e.g. for printing
    void issueFailed(const ow::HallResult &result);

private:
    void rebuildServices(const HallSnapshot &snapshot);
    void showState(HallClient::State state);
    void showTicket(const HallTicket &ticket, int peopleAhead);
    void showError(const QString &message);
    void showWelcome();
    void setBusy(bool busy);

    QPointer<HallClient> m_client;
    QWidget *m_serviceBox;
    QGridLayout *m_serviceGrid;
    QList<QPushButton *> m_serviceButtons;
    QPushButton *m_priority;
    QComboBox *m_priorityCategory;
    QLabel *m_ticket;
    QLabel *m_state;
    QTimer *m_resetTimer;
    bool m_busy = false;
};

} // namespace ow
