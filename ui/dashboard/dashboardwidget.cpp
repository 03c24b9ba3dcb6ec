#include "ui/dashboard/dashboardwidget.h"

#include "core/dashboard/report.h"
#include "core/queue/halltime.h"
#include "ui/common/prominence.h"
#include "ui/dashboard/alertlimitsdialog.h"
#include "ui/dashboard/alertsmodel.h"
#include "ui/dashboard/auditpage.h"
#include "ui/dashboard/badratingspage.h"
#include "ui/dashboard/bookingspage.h"
#include "ui/dashboard/casespanel.h"
#include "ui/dashboard/hallpage.h"
#include "ui/dashboard/reformpage.h"
#include "ui/dashboard/supervisoractions.h"
#include "ui/dashboard/windowspage.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace ow {

namespace {

// The two answers a load waits for; whichever comes last completes it.
struct Fetch {
    QList<HallTicket> tickets;
    QList<CaseSummary> summaries;
    std::optional<HallRatingFollowUps> ratings; // a period's bad ratings; none from a hall that has none to give
    int answers = 0;
    QString error;
};

} // namespace

DashboardWidget::DashboardWidget(HallClient *client, const DashboardOptions &options, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_state(options),
      m_clock([] { return QDateTime::currentDateTimeUtc(); }),
      m_actions(new SupervisorActions(client, this)),
      m_title(new QLabel(this)),
      m_connection(new QLabel(this)),
      m_banner(new QLabel(this)),
      m_updated(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_hallPage(new HallPage(this)),
      m_windowsPage(new WindowsPage(m_actions, &m_state, this)),
      m_casesPanel(new CasesPanel(this)),
      m_reformPage(new ReformPage(this)),
      m_refreshTimer(new QTimer(this)),
      m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("supervisorDashboard"));
    m_title->setObjectName(QStringLiteral("dashboardTitleLabel"));
    m_connection->setObjectName(QStringLiteral("dashboardStateLabel"));
    m_banner->setObjectName(QStringLiteral("alertBanner"));
    m_updated->setObjectName(QStringLiteral("dashboardUpdatedLabel"));
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    makeProminent(m_title, 1.4);
    m_connection->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_banner->setStyleSheet(QStringLiteral("background: #f8d7da; color: #721c24; padding: 6px; border-radius: 3px;"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_title->setText(tr("Supervisor dashboard"));

    m_tabs->addTab(m_hallPage, tr("Queue"));
    m_tabs->addTab(m_windowsPage, tr("Windows"));
    m_tabs->addTab(m_casesPanel, tr("Cases"));
    m_tabs->addTab(m_reformPage, tr("Reform figures"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_connection);
    top->addWidget(m_updated);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardWidget::refreshNow);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &DashboardWidget::scheduleRefresh);
    m_tick->start();
    m_sinceRefresh.start();

    connect(m_hallPage, &HallPage::editLimitsRequested, this, &DashboardWidget::editAlertLimits);
    connect(m_reformPage, &ReformPage::periodChanged, this, &DashboardWidget::choosePeriod);
    connect(m_reformPage, &ReformPage::exportPdfRequested, this, [this] { exportPdf(); });
    connect(m_reformPage, &ReformPage::exportCsvRequested, this, [this] { exportCsv(); });

    if (m_client) {
        // 差评回访整改: its own tab, counting the overdue in its title.
        m_badRatings = new BadRatingsPage(m_client, this);
        m_badRatings->setCalendar(m_state.options().calendar);
        m_badRatings->setClock([this] { return m_clock(); });
        const int tab = m_tabs->addTab(m_badRatings, tr("Bad ratings"));
        connect(m_badRatings, &BadRatingsPage::refreshed, this, [this, tab](const BadRatingFigures &f) {
            m_tabs->setTabText(tab, f.overdue > 0 ? tr("Bad ratings (%n overdue)", nullptr, f.overdue) : tr("Bad ratings"));
            m_tabs->tabBar()->setTabTextColor(tab, f.overdue > 0 ? QColor(0xb0, 0x00, 0x20) : QColor());
            scheduleRefresh(); // the alert banner names the overdue
        });
        // 预约: its own tab (it follows the hall by itself).
        m_bookings = new BookingsPage(m_client, this);
        m_bookings->setClock([this] { return m_clock(); });
        m_tabs->addTab(m_bookings, tr("Bookings"));
        connect(m_client, &HallClient::stateChanged, this, [this](HallClient::State state) {
            showState();
            if (state == HallClient::State::Online && !m_loaded && !m_loading)
                reload();
        });
        // A fresh snapshot (connect, reconnect, sequence gap) may have missed tickets and cases: reload.
        connect(m_client, &HallClient::snapshotReset, this, &DashboardWidget::reload);
        connect(m_client, &HallClient::eventReceived, this, &DashboardWidget::onEvent);
        if (m_client->isOnline())
            reload();
    }
    showState();
}

DashboardWidget::~DashboardWidget() = default;

QDate DashboardWidget::today() const
{
    return m_clock().toTimeZone(m_state.timeZone()).date();
}

void DashboardWidget::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    scheduleRefresh();
}

void DashboardWidget::showState()
{
    const bool online = !m_client || m_client->isOnline();
    m_connection->setText(online ? QString() : tr("offline: the figures shown may be out of date"));
    m_connection->setVisible(!online);
}

void DashboardWidget::showAuditTrail(AuditQuery *query)
{
    if (m_auditPage || !query)
        return;
    m_auditPage = new AuditPage(query, this);
    m_tabs->addTab(m_auditPage, tr("Audit trail"));
}

void DashboardWidget::setAlertLimits(const AlertLimits &limits)
{
    DashboardOptions options = m_state.options();
    options.limits = limits;
    m_state.setOptions(options);
    Q_EMIT alertLimitsChanged(limits);
    scheduleRefresh();
}

void DashboardWidget::editAlertLimits()
{
    AlertLimitsDialog dialog(alertLimits(), this);
    if (dialog.exec() == QDialog::Accepted)
        setAlertLimits(dialog.limits());
}

void DashboardWidget::reset(const HallSnapshot &snapshot, const QList<HallTicket> &tickets, const QList<CaseSummary> &summaries)
{
    m_state.reset(snapshot, tickets, summaries);
    m_loaded = true;
    m_title->setText(tr("%1 — supervisor dashboard").arg(snapshot.hallName.isEmpty() ? snapshot.hallCode : snapshot.hallName));
    refreshNow(); // a reset is rare and the supervisor waits for it
}

void DashboardWidget::applyEvent(const HallEvent &event)
{
    if (!m_state.apply(event)) {
        reload(); // a new day: its tickets and cases start from nothing
        return;
    }
    scheduleRefresh();
}

void DashboardWidget::onEvent(const HallEvent &event)
{
    if (!m_loaded || m_loading) {
        m_pending << event;
        return;
    }
    applyEvent(event);
}

void DashboardWidget::reload()
{
    if (!m_client || !m_client->isOnline())
        return;
    const int generation = ++m_loading;
    m_pending.clear();
    // The hall's day is the authority (its time zone may not be this PC's).
    const QDate day = m_client->snapshot().day.isValid() ? m_client->snapshot().day : today();
    auto fetch = std::make_shared<Fetch>();
    auto done = [this, generation, fetch] {
        if (generation != m_loading || ++fetch->answers < 2)
            return;
        m_loading = 0;
        if (!fetch->error.isEmpty()) {
            m_connection->setText(fetch->error);
            m_connection->setVisible(true);
            QTimer::singleShot(5000, this, &DashboardWidget::reload); // the hall answers again soon
            return;
        }
        reset(m_client->snapshot(), fetch->tickets, fetch->summaries);
        if (m_badRatings) { // the snapshot told the hall's zone: the ratings' days are the hall's
            m_badRatings->setTimeZone(m_state.timeZone());
            m_badRatings->refresh();
        }
        // What changed while the lists were on their way: the newest version of each ticket and case.
        for (const HallEvent &e : std::as_const(m_pending)) {
            if (e.ticket.isValid())
                m_state.addTicket(e.ticket);
            if (e.caseSummary)
                m_state.addSummary(*e.caseSummary);
        }
        const bool caughtUp = !m_pending.isEmpty();
        m_pending.clear();
        if (caughtUp)
            scheduleRefresh();
        showState();
        Q_EMIT loaded();
    };
    auto failed = [fetch](const HallResult &r) {
        if (!r.ok())
            fetch->error = tr("The day's figures could not be loaded: %1").arg(r.errorMessage);
        return !r.ok();
    };
    connect(m_client->fetchTickets(day, day), &HallReply::finished, this, [fetch, done, failed](const HallResult &r) {
        if (!failed(r))
            fetch->tickets = r.tickets();
        done();
    });
    connect(m_client->fetchCaseSummaries(day.addDays(-summaryDays), day), &HallReply::finished, this,
            [fetch, done, failed](const HallResult &r) {
                if (!failed(r))
                    fetch->summaries = r.summaries();
                done();
            });
}

void DashboardWidget::scheduleRefresh()
{
    if (m_refreshTimer->isActive())
        return;
    m_refreshTimer->start(int(std::max<qint64>(0, minRefreshMs - m_sinceRefresh.elapsed())));
}

void DashboardWidget::refreshNow()
{
    m_refreshTimer->stop();
    m_sinceRefresh.restart();
    if (!m_loaded)
        return;
    const QDateTime now = m_clock();
    m_figures = m_state.figures(now);
    const AlertLimits limits = alertLimits();
    m_hallPage->showFigures(m_figures, limits);
    m_windowsPage->showFigures(m_figures, limits);
    m_casesPanel->showFigures(m_figures);
    m_reformPage->setToday(m_figures.day);
    if (m_reformPage->isToday(m_figures.day))
        m_reformPage->showToday(m_figures);
    QString banner = m_hallPage->alertsModel()->bannerText();
    // A bad rating past its 15 working days is an alert like a long wait: the supervisor must act on it.
    if (const int overdue = m_badRatings ? m_badRatings->list().figures.overdue : 0; overdue > 0) {
        const QString line =
            tr("%n bad rating(s) not rectified within %1 working days", nullptr, overdue).arg(BadRatingFollowUpWorkingDays);
        banner = banner.isEmpty() ? line : banner + QStringLiteral(" · ") + line;
    }
    if (m_banner->text() != banner)
        m_banner->setText(banner);
    m_banner->setVisible(!banner.isEmpty());
    m_updated->setText(tr("as of %1").arg(HallTime(m_state.timeZone()).time(now)));
    Q_EMIT refreshed();
}

void DashboardWidget::choosePeriod(const QDate &from, const QDate &to)
{
    const QDate day = m_figures.day.isValid() ? m_figures.day : today();
    if (from == day && to == day) {
        ++m_periodLoad; // an older period's answer must not replace today's live figures
        m_reformPage->setStatus({});
        if (m_loaded)
            m_reformPage->showToday(m_figures);
        return;
    }
    loadPeriod(from, to, [this](const PeriodFigures &p) {
        m_reformPage->showPeriod(p);
        Q_EMIT periodShown(p);
    });
}

void DashboardWidget::loadPeriod(const QDate &from, const QDate &to, std::function<void(const PeriodFigures &)> then)
{
    if (!m_client) {
        m_reformPage->setStatus(tr("Not connected to a hall service."), true);
        return;
    }
    // The hall answers at most 93 days at a time (docs/hall-api.md).
    if (from.daysTo(to) >= 93) {
        m_reformPage->setStatus(tr("Choose at most 93 days."), true);
        return;
    }
    const int generation = ++m_periodLoad;
    m_reformPage->setStatus(tr("Loading the period from the hall…"));
    auto fetch = std::make_shared<Fetch>();
    auto done = [this, generation, fetch, from, to, then] {
        if (++fetch->answers < 3 || generation != m_periodLoad)
            return;
        if (!fetch->error.isEmpty()) {
            m_reformPage->setStatus(fetch->error, true);
            return;
        }
        m_reformPage->setStatus({});
        PeriodFigures p = computePeriod(m_state.snapshot(), fetch->tickets, fetch->summaries, from, to, m_state.options());
        if (fetch->ratings) // overdue as of the period's last day, like the cases' time limits
            p.badRatings = badRatingList(*fetch->ratings, m_state.options().calendar, m_state.timeZone(), to).figures;
        then(p);
    };
    auto answer = [fetch, done](const HallResult &r, bool tickets) {
        if (!r.ok())
            fetch->error = tr("The period could not be loaded: %1").arg(r.errorMessage);
        else if (tickets)
            fetch->tickets = r.tickets();
        else
            fetch->summaries = r.summaries();
        done();
    };
    connect(m_client->fetchTickets(from, to), &HallReply::finished, this, [answer](const HallResult &r) { answer(r, true); });
    connect(m_client->fetchCaseSummaries(from, to), &HallReply::finished, this,
            [answer](const HallResult &r) { answer(r, false); });
    // The follow-up of the bad ratings: the report shows it when the hall gives it, and is not held back
    // when it does not (an older hall).
    connect(m_client->fetchRatingFollowUps(from, to), &HallReply::finished, this, [fetch, done](const HallResult &r) {
        if (r.ok())
            fetch->ratings = r.ratingFollowUps();
        done();
    });
}

void DashboardWidget::exportPdf(const QString &path)
{
    writeReport(true, path);
}

void DashboardWidget::exportCsv(const QString &path)
{
    writeReport(false, path);
}

void DashboardWidget::writeReport(bool pdf, QString path)
{
    const QDate from = m_reformPage->from(), to = m_reformPage->to();
    if (path.isEmpty()) {
        const QString name = from == to
                                 ? QStringLiteral("report-%1").arg(from.toString(Qt::ISODate))
                                 : QStringLiteral("report-%1-%2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        path = QFileDialog::getSaveFileName(this, pdf ? tr("Save the report as PDF") : tr("Save the report as CSV"),
                                            name + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv")),
                                            pdf ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
    }
    loadPeriod(from, to, [this, pdf, path](const PeriodFigures &p) {
        QString error;
        const bool ok = pdf ? writeReportPdf(p, path, &error) : writeReportCsv(p, path, &error);
        m_reformPage->setStatus(ok ? tr("The report was saved to %1.").arg(path) : tr("The report was not saved: %1").arg(error),
                                !ok);
        Q_EMIT reportWritten(path, ok, ok ? path : error);
    });
}

} // namespace ow
