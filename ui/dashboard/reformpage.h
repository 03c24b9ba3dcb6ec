#pragma once
// The reform figures (domain.md, "What the reform measures"), hall-wide, per window and per matter, for
// today (live) or a chosen period of whole days, and the period report as PDF or CSV.
//
// The page only shows and asks: DashboardWidget loads a period's tickets and summaries from the hall
// when periodChanged() says so and hands back PeriodFigures; it also writes the reports.

#include "core/dashboard/catalogfigures.h"
#include "core/dashboard/dashboardfigures.h"
#include "core/dashboard/highfrequency.h"
#include "ui/dashboard/figurelabels.h"

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;

namespace ow {

class ReformModel;

class ReformPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReformPage(QWidget *parent = nullptr);

    QDate from() const;
    QDate to() const;
    bool isToday(const QDate &today) const { return from() == today && to() == today; }
    void setPeriod(const QDate &from, const QDate &to); // emits periodChanged
    // The hall's day (its time zone may not be this PC's): "Today" means it, and the period starts on it.
    void setToday(const QDate &day);

    void showToday(const DashboardFigures &figures); // live; the caller passes it only in "today" mode
    void showPeriod(const PeriodFigures &figures);
    // The figures of the catalog the hall works from; until given (a PC without the catalog), "—".
    void showCatalog(const CatalogFigures &figures);
    void setStatus(const QString &text, bool error = false);

    ReformModel *windowModel() const { return m_windows; }
    ReformModel *matterModel() const { return m_matters; }
    QString figureText(const QString &key) const { return m_figures.text(key); } // "comprehensive", "materials", "oneTrip", …

Q_SIGNALS:
    void periodChanged(const QDate &from, const QDate &to);
    void exportPdfRequested();
    void exportCsvRequested();

private:
    void showTotals(const CaseCounts &cases, const ReformFigures &reform, const QString &title);
    void showHighFrequency(const HighFrequencyFigure &figure);
    QLabel *figure(const QString &key);

    QDateEdit *m_from;      // "periodFromEdit"
    QDateEdit *m_to;        // "periodToEdit"
    QLabel *m_title;        // "reformTitleLabel"
    QLabel *m_status;       // "reformStatusLabel"
    FigureLabels m_figures; // "reformFigure_<key>"
    QDate m_today;
    ReformModel *m_windows;
    ReformModel *m_matters;
};

} // namespace ow
