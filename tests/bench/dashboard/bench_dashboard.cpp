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
    out << "  " << QString::fromUtf8(what).leftJustified(34) << ' ' << owbench::percentileLine(samples, {50, 95, 99, 100}, 2)
        << '\n';
    out.flush();
}

struct Settings {
    int windows = 100, tickets = 20000, cases = 20000, events = 300;
};

Settings parseSettings(const QApplication &app)
{
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
    return {parser.value(windowsOption).toInt(), parser.value(ticketsOption).toInt(), parser.value(casesOption).toInt(),
            parser.value(eventsOption).toInt()};
}

// The dashboard shown over a synthetic day, with a clock the bench moves to each event's time.
class DashboardBench
{
public:
    explicit DashboardBench(const Settings &s)
        : m_builder(s.windows, s.tickets, s.cases),
          m_day(m_builder.build()),
          m_widget(nullptr, optionsFor(m_day)),
          m_now(m_day.now)
    {
        m_widget.setClock([this] { return m_now; });
        m_widget.resize(1600, 1000);
        m_widget.reset(m_day.snapshot, m_day.tickets, m_day.summaries);
        m_widget.show();
        QTest::qWait(100);
    }

    void printSetup(qint64 setupMs)
    {
        out << "dashboard: " << m_day.snapshot.windows.size() << " windows, " << m_widget.state().ticketCount() << " tickets, "
            << m_widget.state().summaryCount() << " case summaries; set up in " << setupMs << " ms, RSS "
            << owbench::residentKiB() / 1024 << " MiB\n";
    }

    // Single events applied one at a time on one page: figures alone, then up to the painted rows, then a
    // full repaint.
    void measurePage(const char *page, int events)
    {
        m_widget.tabs()->setCurrentIndex(QLatin1String(page) == QLatin1String("Queue") ? 0 : 1);
        if (QLatin1String(page) == QLatin1String("Windows"))
            m_widget.windowsPage()->selectWindow(m_day.snapshot.windows.at(5).id);
        QTest::qWait(50);
        std::vector<double> recompute, partial, full;
        for (int i = 0; i < events; ++i) {
            const ow::HallEvent e = m_builder.nextEvent();
            m_now = e.at;
            QElapsedTimer t;
            t.start();
            (void)m_widget.state().figures(m_now);
            recompute.push_back(ms(t));

            t.restart();
            m_widget.applyEvent(e);
            m_widget.refreshNow();
            QApplication::processEvents(); // the changed rows and bars are painted here
            partial.push_back(ms(t));

            t.restart();
            m_widget.applyEvent(m_builder.nextEvent());
            m_widget.refreshNow();
            m_widget.repaint(); // everything visible, painted now
            full.push_back(ms(t));
            QApplication::processEvents();
        }
        out << page << " page, " << events << " events each:\n";
        print("recompute (figures only)", recompute);
        print("event → figures → painted rows", partial);
        print("event → figures → full repaint", full);
    }

    // A storm: 200 events as fast as they come; the dashboard refreshes at most every minRefreshMs.
    void measureBurst()
    {
        QSignalSpy refreshed(&m_widget, &ow::DashboardWidget::refreshed);
        QElapsedTimer storm;
        storm.start();
        for (int i = 0; i < 200; ++i) {
            m_widget.applyEvent(m_builder.nextEvent());
            QApplication::processEvents();
        }
        QTest::qWait(2 * ow::DashboardWidget::minRefreshMs);
        out << "burst of 200 events in " << storm.elapsed() << " ms: " << refreshed.count() << " refresh(es)\n";
    }

private:
    static ow::DashboardOptions optionsFor(const owbench::DashboardDay &day)
    {
        ow::DashboardOptions options;
        options.timeZone = day.timeZone;
        return options;
    }

    owbench::DashboardDayBuilder m_builder;
    const owbench::DashboardDay m_day;
    ow::DashboardWidget m_widget;
    QDateTime m_now;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const Settings settings = parseSettings(app);
    QElapsedTimer setup;
    setup.start();
    DashboardBench bench(settings);
    bench.printSetup(setup.elapsed());
    for (const char *page : {"Queue", "Windows"})
        bench.measurePage(page, settings.events);
    bench.measureBurst();
    out << "target: event to painted < 50 ms\n";
    return 0;
}
