#pragma once
// Two small pieces of the ticket kiosk, kept out of KioskWidget so each stays readable:
// - BookingCodePad: the booking-code entry of 预约签到, big, with its own on-screen keys (a kiosk has
//   no keyboard; the codes are capital letters, digits and '-');
// - ElderlyCheck: an optional ID-number entry that offers the 绿色通道 for the elderly when the number
//   says the person is old enough (core/domain/elderlypriority.h), typed on its own keypad (digits, X, delete: a kiosk has no keyboard).
//   The number is checked here and forgotten at once: it is never sent or kept (the hall holds no
//   personal data), only "priority: elderly" leaves the kiosk.

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ow {

class BookingCodePad : public QWidget
{
    Q_OBJECT

public:
    explicit BookingCodePad(QWidget *parent = nullptr);
    QString code() const;
    void clear();
    void setBusy(bool busy); // while the kiosk waits for the service

Q_SIGNALS:
    void checkInRequested(const QString &code);
    void cancelled();

private:
    void press(const QString &key);
    void updateButtons();

    QLineEdit *m_code;
    QPushButton *m_checkIn;
    QList<QPushButton *> m_keys;
    bool m_busy = false;
};

class ElderlyCheck : public QWidget
{
    Q_OBJECT

public:
    explicit ElderlyCheck(QWidget *parent = nullptr);
    void setToday(const QDate &today) { m_today = today; } // tests
    void reset();
    // Checks an ID number as if typed and confirmed (the entry is cleared either way).
    void check(const QString &idNumber);

Q_SIGNALS:
    void elderlyConfirmed(); // the kiosk chooses the elderly category for the next ticket

private:
    void press(const QString &key); // "" deletes the last character

    QLineEdit *m_id;
    QLabel *m_result;
    QDate m_today;
};

} // namespace ow
