#pragma once
// The ticket kiosk: one big touch button per service of the hall (from the HallClient's snapshot), a
// 绿色通道 (priority) option, and the issued ticket shown large: number, service, people ahead, time.
// Errors (daily limit reached, hall service unreachable) are shown in the same place, in plain words.
// 预约签到: "Booking check-in" swaps the services for a booking-code pad; a checked-in booking gets its
// ticket shown (and emitted for printing) like a walk-in one, a refused code a sentence saying why.
// The elderly may type their ID number for the priority lane on the kiosk's own keypad (checked and
// forgotten on the kiosk).
// Laid out for a landscape screen (1920×1080, 1366×768) in two columns, the touch targets on the left and
// the ticket with the ID keypad on the right, so a ticket never squashes the buttons; long service names
// shrink their font (measured) instead of widening the window. A ticket is cleared after a few seconds so
// the next person never sees the previous one's.

#include "core/hall/client/hallclient.h"

#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace ow {

class BookingCodePad;
class ElderlyCheck;

class KioskWidget : public QWidget
{
    Q_OBJECT

public:
    // The client is not owned; it needs a kiosk token.
    explicit KioskWidget(HallClient *client, QWidget *parent = nullptr);

    // How long a ticket (or an error) stays on screen before the kiosk invites the next person.
    static constexpr int defaultResultTimeoutMs = 8000;
    void setResultTimeout(int ms);
    int resultTimeout() const;
    // Prints every ticket (walk-in and check-in) as ESC/POS straight to this device (/dev/usb/lp0);
    // empty: no printing here (connect ticketIssued to a printer of your own).
    void setTicketPrinterDevice(const QString &device, const QString &footer = {});

    // Issues a ticket for the service, with the chosen priority category (if the option is on).
    void issue(const QString &serviceCode);
    // Shows the booking-code pad / checks a booking in (the ticket's service comes from the booking).
    void showCheckIn();
    void checkIn(const QString &bookingCode);

    // The sentence for a refused check-in, by the API's code; the server's detail for other codes.
    static QString checkInRefusal(const QString &code, const QString &serverDetail);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

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
    void chooseElderly();
    void finishIssue(const HallResult &r, bool checkIn);
    void printTicket(const HallTicket &ticket, int peopleAhead);
    void fitServiceButtons();
    QString ticketTime(const HallTicket &ticket) const;

    QPointer<HallClient> m_client;
    QWidget *m_serviceBox;
    QGridLayout *m_serviceGrid;
    QList<QPushButton *> m_serviceButtons;
    QPushButton *m_priority;
    QComboBox *m_priorityCategory;
    QLabel *m_ticket;
    QLabel *m_state;
    QTimer *m_resetTimer;
    QStackedWidget *m_top; // the services, or the booking-code pad
    QPushButton *m_checkInButton;
    BookingCodePad *m_pad;
    ElderlyCheck *m_elderly;
    QString m_printerDevice;
    QString m_printFooter;
    bool m_busy = false;
};

} // namespace ow
