#pragma once
// The supervisor's bad-rating page (差评回访整改): every rating of 1 or 2 of the last quarter with its
// reasons, comment and cases, when the applicant was called back and the cause rectified, and the 15
// working days each may take; the overdue in red and counted in the tab. The satisfaction and
// rectification rates of the same days above. A call-back or a rectification is recorded on the selected
// row with a note (the hall keeps it); the list is read again after each, on every new rating the
// hall's stream brings, and every few minutes (another supervisor may have recorded one).

#include "core/dashboard/badratings.h"
#include "core/hall/client/hallclient.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace ow {

class BadRatingsModel;

class BadRatingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit BadRatingsPage(HallClient *client, QWidget *parent = nullptr); // client not owned

    // The hall's calendar and zone, and "now" (the dashboard's clock).
    void setCalendar(const WorkingCalendar &calendar) { m_calendar = calendar; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void refresh();
    // Records a follow-up of the selected row: asks for the note; an empty note records nothing.
    void recordCallback();
    void recordRectification();
    void record(const QString &ticketId, const QString &kind, const QString &note);

    BadRatingsModel *model() const { return m_model; }
    const BadRatingList &list() const { return m_list; }
    static constexpr int days = 93; // the hall's longest range: a quarter, well past any 15-working-day limit

Q_SIGNALS:
    void refreshed(const ow::BadRatingFigures &figures);
    void recorded(bool ok, const QString &message);

private:
    void ask(const QString &kind);
    QString selectedTicket() const;
    void showFigures();
    void showError(const QString &text);

    QPointer<HallClient> m_client;
    WorkingCalendar m_calendar = WorkingCalendar::builtIn();
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::function<QDateTime()> m_clock;
    BadRatingList m_list;
    BadRatingsModel *m_model;
    QLabel *m_figures;       // "badRatingFigures"
    QLabel *m_message;       // "badRatingMessage"
    QTableView *m_table;     // "badRatingTable"
    QPushButton *m_callback; // "badRatingCallbackButton"
    QPushButton *m_rectify;  // "badRatingRectifyButton"
    QTimer *m_timer;
    bool m_loading = false;
};

} // namespace ow
