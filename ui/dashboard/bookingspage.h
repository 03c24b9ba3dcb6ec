#pragma once
// Bookings (预约): choose a service and a day and see its slots with their free places; book the selected
// slot for a name and a phone (the hall gives the code, the page shows the SMS to copy); find bookings by
// code, phone or name; move the selected booking to the selected slot, or cancel it. Everything goes
// through the hall (docs/hall-api.md, "Bookings"); the page is a tab of the supervisor's dashboard and a
// page of the clerk's window.

#include "core/hall/client/hallclient.h"
#include "core/hall/protocol/hallbookings.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ow {

class BookingSlotsModel;
class BookingsModel;

class BookingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit BookingsPage(HallClient *client, QWidget *parent = nullptr); // client not owned

    // The services that may be chosen (code, name): the hall's, from each snapshot, unless set here; and
    // "today" (the dashboard's clock).
    void setServices(const QList<QPair<QString, QString>> &services);
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void refreshSlots();
    void find();
    void book();
    void moveSelected();
    void cancelSelected();

    BookingSlotsModel *slotsModel() const { return m_slotsModel; }
    BookingsModel *bookingsModel() const { return m_bookingsModel; }
    QString smsText() const;

Q_SIGNALS:
    void slotsShown();
    void bookingsShown();
    void done(bool ok, const QString &message); // after booking, moving or cancelling

private:
    int selectedRow(QTableView *table) const; // the first selected row, -1 for none
    QString selectedKey(QTableView *table) const;
    void finished(const HallResult &r, const QString &what);
    void showError(const QString &text);

    QPointer<HallClient> m_client;
    std::function<QDateTime()> m_clock;
    HallBookingDay m_day;
    int m_slotsRequest = 0; // the latest request of each kind
    int m_findRequest = 0;
    BookingSlotsModel *m_slotsModel;
    BookingsModel *m_bookingsModel;
    QComboBox *m_service;    // "bookingService"
    QDateEdit *m_date;       // "bookingDay"
    QTableView *m_slotTable; // "bookingSlotTable"
    QLineEdit *m_name;       // "bookingName"
    QLineEdit *m_phone;      // "bookingPhone"
    QPushButton *m_book;     // "bookingBookButton"
    QPlainTextEdit *m_sms;   // "bookingSmsText"
    QLineEdit *m_query;      // "bookingQuery"
    QTableView *m_found;     // "bookingTable"
    QPushButton *m_move;     // "bookingMoveButton"
    QPushButton *m_cancel;   // "bookingCancelButton"
    QLabel *m_message;       // "bookingMessage"
};

} // namespace ow
