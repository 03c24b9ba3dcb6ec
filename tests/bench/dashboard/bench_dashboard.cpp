// onewindow-bench-dashboard: the supervisor's dashboard with 100 windows and 20,000 tickets and 20,000 case
// summaries in a day. For single events applied one at a time it measures
//   1. recompute: DashboardState::figures() over the whole day;
//   2. recompute + models + repaint: the widget's refresh and the visible page painted now (the changed
//      rows' repaint that the event loop would do, forced with processEvents, then a full repaint);
// on the Queue page (tables and both charts) and on the Windows page (100 rows). Target < 50 ms.
// Then a burst of 200 events: how many refreshes they cost (the coalescing timer).
// Runs with any Qt platform; QT_QPA_PLATFORM=offscreen needs no display.
#include "tests/bench/benchsupport.h"
#include "tests/bench/dashboard/dashboardday.h"
#include "ui/dashboard/dashboardwidget.h"
#include "ui/dashboard/windowspage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>

namespace {

QTextStream out(stdout);

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void print(const char *what, const std::vector<double> &samples)
{
    out << QStringLiteral("  %1 p50 %2 ms  p95 %3 ms  p99 %4 ms  max %5 ms\n")
               .arg(QString::fromUtf8(what), -34)
               .arg(owbench::percentile(samples, 50), 0, 'f', 2)
               .arg(owbench::percentile(samples, 95), 0, 'f', 2)
               .arg(owbench::percentile(samples, 99), 0, 'f', 2)
               .arg(owbench::percentile(samples, 100), 0, 'f', 2);
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption windowsOption(QStringLiteral("windows"), QStringLiteral("windows of the hall"), QStringLiteral("N"),
                                           QStringLiteral("100"));
    const QCommandLineOption ticketsOption(QStringLiteral("tickets"), QStringLiteral("tickets of the day"), QStringLiteral("N"),
                                           QStringLiteral("20000"));
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("case summaries of the day"),
                                         QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("events measured per page"),
                                          QStringLiteral("N"), QStringLiteral("300"));
    parser.addOptions({windowsOption, ticketsOption, casesOption, eventsOption});
    parser.process(app);
    const int events = parser.value(eventsOption).toInt();

    QElapsedTimer setup;
    setup.start();
    owbench::DashboardDayBuilder builder(parser.value(windowsOption).toInt(), parser.value(ticketsOption).toInt(),
                                         parser.value(casesOption).toInt());
    const owbench::DashboardDay day = builder.build();
    ow::DashboardOptions options;
    options.timeZone = day.timeZone;
    ow::DashboardWidget widget(nullptr, options);
    QDateTime now = day.now;
    widget.setClock([&now] { return now; });
    widget.resize(1600, 1000);
    widget.reset(day.snapshot, day.tickets, day.summaries);
    widget.show();
    QTest::qWait(100);
    out << "dashboard: " << day.snapshot.windows.size() << " windows, " << widget.state().ticketCount() << " tickets, "
        << widget.state().summaryCount() << " case summaries; set up in " << setup.elapsed() << " ms, RSS "
        << owbench::residentKiB() / 1024 << " MiB\n";

    for (const char *page : {"Queue", "Windows"}) {
        widget.tabs()->setCurrentIndex(QLatin1String(page) == QLatin1String("Queue") ? 0 : 1);
        if (QLatin1String(page) == QLatin1String("Windows"))
            widget.windowsPage()->selectWindow(day.snapshot.windows.at(5).id);
        QTest::qWait(50);
        std::vector<double> recompute, partial, full;
        for (int i = 0; i < events; ++i) {
            const ow::HallEvent e = builder.nextEvent();
            now = e.at;
            QElapsedTimer t;
            t.start();
            (void)widget.state().figures(now);
            recompute.push_back(ms(t));

            t.restart();
            widget.applyEvent(e);
            widget.refreshNow();
            QApplication::processEvents(); // the changed rows and bars are painted here
            partial.push_back(ms(t));

            t.restart();
            widget.applyEvent(builder.nextEvent());
            widget.refreshNow();
            widget.repaint(); // everything visible, painted now
            full.push_back(ms(t));
            QApplication::processEvents();
        }
        out << page << " page, " << events << " events each:\n";
        print("recompute (figures only)", recompute);
        print("event → figures → painted rows", partial);
        print("event → figures → full repaint", full);
    }

    // A storm: 200 events as fast as they come; the dashboard refreshes at most every minRefreshMs.
    QSignalSpy refreshed(&widget, &ow::DashboardWidget::refreshed);
    QElapsedTimer storm;
    storm.start();
    for (int i = 0; i < 200; ++i) {
        widget.applyEvent(builder.nextEvent());
        QApplication::processEvents();
    }
    QTest::qWait(2 * ow::DashboardWidget::minRefreshMs);
    out << "burst of 200 events in " << storm.elapsed() << " ms: " << refreshed.count() << " refresh(es)\n";
    out << "target: event to painted < 50 ms\n";
    return 0;
}
