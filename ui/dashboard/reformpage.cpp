#include "ui/dashboard/reformpage.h"

#include "ui/dashboard/dashboardtable.h"
#include "ui/dashboard/reformmodel.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

namespace {

QTableView *namedRowsTable(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    setUpDashboardTable(view, name, model);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive); // window or matter names
    view->setColumnWidth(0, 220);
    return view;
}

} // namespace

ReformPage::ReformPage(QWidget *parent)
    : QWidget(parent),
      m_from(new QDateEdit(QDate::currentDate(), this)),
      m_to(new QDateEdit(QDate::currentDate(), this)),
      m_title(new QLabel(this)),
      m_status(new QLabel(this)),
      m_figures(QStringLiteral("reformFigure_"), 1.6),
      m_windows(new ReformModel(ReformModel::Kind::Windows, this)),
      m_matters(new ReformModel(ReformModel::Kind::Matters, this))
{
    m_from->setObjectName(QStringLiteral("periodFromEdit"));
    m_to->setObjectName(QStringLiteral("periodToEdit"));
    m_title->setObjectName(QStringLiteral("reformTitleLabel"));
    m_status->setObjectName(QStringLiteral("reformStatusLabel"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(QDate::currentDate().addYears(1));
    }
    auto *todayButton = new QPushButton(tr("Today"), this);
    todayButton->setObjectName(QStringLiteral("periodTodayButton"));
    auto *showButton = new QPushButton(tr("Show"), this);
    showButton->setObjectName(QStringLiteral("periodShowButton"));
    auto *pdf = new QPushButton(tr("Report as PDF…"), this);
    pdf->setObjectName(QStringLiteral("exportPdfButton"));
    auto *csv = new QPushButton(tr("Report as CSV…"), this);
    csv->setObjectName(QStringLiteral("exportCsvButton"));
    connect(todayButton, &QPushButton::clicked, this, [this] {
        const QDate day = m_today.isValid() ? m_today : QDate::currentDate();
        setPeriod(day, day);
    });
    connect(showButton, &QPushButton::clicked, this, [this] { setPeriod(from(), to()); });
    connect(pdf, &QPushButton::clicked, this, &ReformPage::exportPdfRequested);
    connect(csv, &QPushButton::clicked, this, &ReformPage::exportCsvRequested);

    auto *period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("From"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addWidget(showButton);
    period->addWidget(todayButton);
    period->addStretch(1);
    period->addWidget(pdf);
    period->addWidget(csv);

    auto *totals = new QGroupBox(this);
    auto *grid = new QGridLayout(totals);
    const QList<QPair<QString, QString>> keys{
        {QStringLiteral("cases"), tr("Cases")},
        {QStringLiteral("comprehensive"), tr("At comprehensive windows (target ≥ 70%)")},
        {QStringLiteral("materials"), tr("Materials not taken in (listed vs. collected)")},
        {QStringLiteral("oneTrip"), tr("At most one trip")},
        {QStringLiteral("highFrequency"), tr("High-frequency matters in at most one trip (target %1 of the top %2)")
                                              .arg(HighFrequencyTarget)
                                              .arg(HighFrequencyTop)},
        {QStringLiteral("instant"), tr("Instant cases")},
        {QStringLiteral("satisfied"), tr("Satisfied (4–5 of 5)")},
        {QStringLiteral("commitments"), tr("Certificates replaced by commitment")},
        {QStringLiteral("online"), tr("Matters that can be handled online (target ≥ %1%)").arg(qRound(OnlineTarget * 100))},
        {QStringLiteral("listMaterials"),
         tr("Materials reduction against the pre-reform lists (target ≥ %1%)").arg(qRound(MaterialsReductionTarget * 100))},
    };
    for (int i = 0; i < keys.size(); ++i) {
        grid->addWidget(new QLabel(keys.at(i).second, totals), i / 3 * 2, i % 3);
        grid->addWidget(figure(keys.at(i).first), i / 3 * 2 + 1, i % 3);
    }
    auto *tables = new QTabWidget(this);
    tables->addTab(namedRowsTable(tables, QStringLiteral("reformWindowsView"), m_windows), tr("Per window"));
    tables->addTab(namedRowsTable(tables, QStringLiteral("reformMattersView"), m_matters), tr("Per matter"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_title);
    layout->addWidget(totals);
    layout->addWidget(tables, 1);
    layout->addWidget(m_status);
    m_title->setText(tr("Today"));
}

QLabel *ReformPage::figure(const QString &key)
{
    return m_figures.add(key, QStringLiteral("—"), this);
}

void ReformPage::setToday(const QDate &day)
{
    if (!day.isValid() || day == m_today)
        return;
    // Still on the default period (the old "today"): follow the hall's day, quietly.
    const bool followToday = from() == to() && (from() == m_today || !m_today.isValid());
    m_today = day;
    if (followToday) {
        const QSignalBlocker blockFrom(m_from), blockTo(m_to);
        m_from->setDate(day);
        m_to->setDate(day);
    }
}

QDate ReformPage::from() const
{
    return m_from->date();
}

QDate ReformPage::to() const
{
    return m_to->date();
}

void ReformPage::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(std::min(from, to));
    m_to->setDate(std::max(from, to));
    Q_EMIT periodChanged(this->from(), this->to());
}

void ReformPage::showTotals(const CaseCounts &cases, const ReformFigures &r, const QString &title)
{
    const auto set = [this](const char *key, const QString &text, const QString &toolTip = {}) {
        m_figures.setText(QLatin1String(key), text);
        m_figures.label(QLatin1String(key))->setToolTip(toolTip);
    };
    const auto tip = [](const Share &s) { return tr("%1 of %2").arg(s.numerator).arg(s.denominator); };
    set("cases", QString::number(cases.decisions));
    set("comprehensive", r.comprehensive.percentText(), tip(r.comprehensive));
    set("materials", r.materialsReduction.percentText(),
        tr("%1 materials listed, %2 collected").arg(r.materialsListed).arg(r.materialsCollected));
    set("oneTrip", r.atMostOneTrip.percentText(), tip(r.atMostOneTrip));
    set("commitments", QString::number(r.commitments), tr("Material lines replaced by the applicant's signed commitment"));
    set("instant", r.instant.percentText(), tip(r.instant));
    set("satisfied",
        r.satisfied.isDefined()
            ? tr("%1 (average %2)").arg(r.satisfied.percentText(), QLocale().toString(r.averageRating(), 'f', 1))
            : r.satisfied.percentText(),
        tip(r.satisfied));
    if (m_title->text() != title)
        m_title->setText(title);
}

void ReformPage::showCatalog(const CatalogFigures &f)
{
    QLabel *label = m_figures.label(QStringLiteral("online"));
    label->setText(f.online.percentText());
    label->setToolTip(
        tr("%1 of the catalog's %2 matters are marked as handled online").arg(f.online.numerator).arg(f.online.denominator));
    QLabel *materials = m_figures.label(QStringLiteral("listMaterials"));
    materials->setText(f.materialsReduction.percentText());
    materials->setToolTip(tr("%1 of the catalog's %2 matters declare their list before the reform: %3 materials then, %4 now")
                              .arg(f.declared)
                              .arg(f.matters)
                              .arg(f.materialsBefore)
                              .arg(f.materialsNow));
}

void ReformPage::showHighFrequency(const HighFrequencyFigure &f)
{
    QLabel *label = m_figures.label(QStringLiteral("highFrequency"));
    label->setText(f.isDefined() ? tr("%1 of %2 matters").arg(f.achieved).arg(f.ranked) : QStringLiteral("—"));
    label->setToolTip(f.missed.isEmpty()
                          ? tr("Matters ranked by their cases; one counts when %1% of its cases needed at most one trip")
                                .arg(qRound(HighFrequencyOneTripShare * 100))
                          : tr("Below %1% of cases in at most one trip: %2")
                                .arg(qRound(HighFrequencyOneTripShare * 100))
                                .arg(f.missed.join(u", ")));
}

void ReformPage::showToday(const DashboardFigures &f)
{
    showTotals(f.cases, f.reform, tr("Today, live"));
    showHighFrequency(highFrequencyOneTrip(f.matters));
    m_windows->setWindows(f.windows);
    m_matters->setMatters(f.matters);
}

void ReformPage::showPeriod(const PeriodFigures &p)
{
    const QLocale locale;
    const QString title =
        p.from == p.to
            ? locale.toString(p.from, QLocale::LongFormat)
            : tr("%1 to %2").arg(locale.toString(p.from, QLocale::ShortFormat), locale.toString(p.to, QLocale::ShortFormat));
    showTotals(p.cases, p.reform, title);
    showHighFrequency(highFrequencyOneTrip(p.matters));
    m_windows->setWindows(p.windows);
    m_matters->setMatters(p.matters);
}

void ReformPage::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(text);
}

} // namespace ow
