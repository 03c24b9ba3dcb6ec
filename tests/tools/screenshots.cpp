// onewindow-screenshots OUTDIR LANG: the real counter window on a fresh demo database, driven through a
// few realistic moments and captured from the screen, plus the PDF documents those moments printed.
// Run it under a display: xvfb-run (scripts/screenshots.sh does).
#include "core/calendar/workingcalendar.h"
#include "core/demo/demoidentities.h"
#include "core/demo/demosetup.h"
#include "core/security/auditquery.h"
#include "core/security/audittrail.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/workflow/casedesk.h"
#include "core/workflow/intakeservice.h"
#include "tests/tools/dashboardshot.h"
#include "tests/tools/hallshots.h"
#include "tests/tools/resultshots.h"
#include "tests/tools/shotsupport.h"
#include "translations/translations.h"
#include "ui/cases/caselistmodel.h"
#include "ui/cases/casespage.h"
#include "ui/cases/caseview.h"
#include "ui/catalog/catalogbrowser.h"
#include "ui/dashboard/auditpage.h"
#include "ui/intake/checklistmodel.h"
#include "ui/intake/intakepage.h"
#include "ui/mainwindow.h"
#include "ui/print/documentprinter.h"
#include "ui/storeupgradenotice.h"

#include <QApplication>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace owshots;

namespace {

// The counter's services on a fresh demo database, as the clerk's program builds them, and the folder the
// documents they print go to.
class Counter
{
public:
    explicit Counter(const QString &lang)
        : m_clerk(lang.startsWith(QStringLiteral("zh")) ? QStringLiteral("李娜") : QStringLiteral("Li Na"))
    {}

    bool open(QString *error)
    {
        if (!m_db.open(m_dir.filePath(QStringLiteral("demo.db")), error) || !ow::prepareDemoHall(m_db, m_calendar, 60, error))
            return false;
        m_audit = std::make_unique<ow::AuditTrail>(m_db);
        m_intake = std::make_unique<ow::IntakeService>(m_db, m_calendar, ow::EngineSettings{},
                                                       ow::Station{QStringLiteral("DEMO"), 3, QStringLiteral("demo")});
        m_intake->setAuditTrail(m_audit.get());
        m_intake->reloadCatalog();
        // The morning's sign-ins as the sign-in dialog writes them, so the audit page shows more than decisions.
        const QDateTime morning = QDateTime::currentDateTimeUtc().addSecs(-3600);
        m_audit->append({morning,
                         QStringLiteral("demo"),
                         QStringLiteral("DEMO"),
                         3,
                         QStringLiteral("sign_in_failed"),
                         {},
                         QStringLiteral("wrong password 1")});
        m_audit->append({morning.addSecs(20),
                         QStringLiteral("demo"),
                         QStringLiteral("DEMO"),
                         3,
                         QStringLiteral("sign_in"),
                         {},
                         QStringLiteral("clerk")});
        const QString hallName = QCoreApplication::translate("onewindow", "Demo District Government Service Centre");
        m_desk = std::make_unique<ow::CaseDesk>(
            m_db, m_audit.get(),
            ow::DocumentStation{hallName, QStringLiteral("DEMO"), 3, m_clerk,
                                QStringLiteral("https://zwfw.example.gov.cn/query?code={code}"), QStringLiteral("0571-12345")});
        m_printer = std::make_unique<ow::DocumentPrinter>(documentsPath(), ow::PrintMode::ArchiveOnly);
        m_printer->recordIssuesWith(m_desk.get());
        return true;
    }

    ow::WindowStation station() const { return ow::WindowStation{QStringLiteral("DEMO"), 3, m_clerk, m_db.path(), {}, {}}; }
    ow::WindowServices services() const
    {
        return ow::WindowServices{m_intake.get(), m_desk.get(), m_printer.get(), nullptr, nullptr, {}};
    }
    const ow::CatalogData &catalog() const { return m_intake->catalog(); }
    owshots::ResultShotServices resultServices()
    {
        return {m_db, m_audit.get(), *m_intake, *m_desk, *m_printer, m_calendar, m_clerk};
    }
    ow::Database &database() { return m_db; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // The documents printed on the way, copied as KIND-LANG.pdf for pdftoppm.
    void copyDocuments(const QDir &out, const QString &suffix) const
    {
        QDirIterator pdfs(documentsPath(), {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
        while (pdfs.hasNext()) {
            const QString path = pdfs.next();
            const QString kind = QFileInfo(path).completeBaseName().section(u'-', 4); // after HALL-DATE-WW-NNNN
            QFile::remove(out.filePath(kind + suffix + QStringLiteral(".pdf")));
            QFile::copy(path, out.filePath(kind + suffix + QStringLiteral(".pdf")));
            qInfo("%s", qPrintable(out.filePath(kind + suffix + QStringLiteral(".pdf"))));
        }
    }

private:
    QString documentsPath() const { return m_dir.filePath(QStringLiteral("documents")); }

    QString m_clerk;
    QTemporaryDir m_dir;
    ow::Database m_db;
    ow::WorkingCalendar m_calendar = ow::WorkingCalendar::builtIn();
    std::unique_ptr<ow::AuditTrail> m_audit;
    std::unique_ptr<ow::IntakeService> m_intake;
    std::unique_ptr<ow::CaseDesk> m_desk;
    std::unique_ptr<ow::DocumentPrinter> m_printer;
};

// Intake in progress: 食品经营许可（新办） for a person, all materials but one ticked, that one current.
void shootIntake(ow::MainWindow &window, const QDir &out, const QString &suffix)
{
    startFoodLicenceIntake(&window, ow::demo::residentId(QStringLiteral("330106"), QDate(1990, 5, 17), 123),
                           QStringLiteral("王芳"), QStringLiteral("13812345678"));
    auto *view = window.findChild<QTableView *>(QStringLiteral("checklistView"));
    ow::ChecklistModel *model = window.intakePage()->checklistModel();
    for (int row = 0; row < model->rowCount(); ++row)
        if (row != 3)
            model->toggle(row);
    view->setCurrentIndex(model->index(3, ow::ChecklistModel::NameColumn));
    view->setFocus();
    shoot(out.filePath(QStringLiteral("intake") + suffix + QStringLiteral(".png")));
}

// The deficiency decision on the intake shown, then the same applicant's one-time notice for another matter.
void decideTwoCases(ow::MainWindow &window)
{
    acceptNextDialog();
    window.findChild<QPushButton *>(QStringLiteral("acceptDeficiencyButton"))->click();
    settle();
    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("applicantIdEdit")),
                     ow::demo::residentId(QStringLiteral("330106"), QDate(1990, 5, 17), 123));
    auto *matter = window.findChild<QLineEdit *>(QStringLiteral("intakeMatterEdit"));
    QTest::keyClicks(matter, QStringLiteral("gtgshsldj")); // 个体工商户设立登记
    QTest::keyClick(matter, Qt::Key_Return);
    answerSituations(&window, true);
    window.intakePage()->checklistModel()->toggle(0);
    acceptNextDialog();
    window.findChild<QPushButton *>(QStringLiteral("noticeButton"))->click();
    settle();
}

// The supervisor's audit page over the counter's trail: the morning's sign-ins and the two decisions, the chain verified.
void shootAuditPage(ow::Database &db, const QDir &out, const QString &suffix)
{
    ow::AuditQuery query(db);
    ow::AuditPage page(&query);
    page.resize(1280, 520);
    page.show();
    page.refresh();
    settle(300);
    shootWidget(&page, out.filePath(QStringLiteral("audit") + suffix + QStringLiteral(".png")));
}

// The 容缺 case's view, opened with Enter on its row in the case list: its owed line and its documents.
void shootCaseView(ow::MainWindow &window, const QDir &out, const QString &suffix)
{
    auto *list = window.findChild<QTableView *>(QStringLiteral("caseListView"));
    const QString waiting = ow::caseStatusName(ow::CaseStatus::AwaitingSupplement);
    for (int row = 0; row < list->model()->rowCount(); ++row)
        if (list->model()->index(row, ow::CaseListModel::StatusColumn).data().toString() == waiting)
            list->setCurrentIndex(list->model()->index(row, ow::CaseListModel::NumberColumn));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    settle(300);
    if (auto *view = window.findChild<ow::CaseView *>(QStringLiteral("caseView"))) {
        shootWidget(view, out.filePath(QStringLiteral("case-view") + suffix + QStringLiteral(".png")));
        view->close();
    }
}

// The case list of the day and a case's view, then the catalog found by pinyin initials.
void shootCasesAndCatalog(ow::MainWindow &window, const QDir &out, const QString &suffix)
{
    window.showPage(window.casesPage());
    window.casesPage()->refresh();
    shoot(out.filePath(QStringLiteral("cases") + suffix + QStringLiteral(".png")));
    shootCaseView(window, out, suffix);
    window.catalogBrowser()->setQuery(QStringLiteral("spjy"));
    window.showPage(window.catalogBrowser());
    shoot(out.filePath(QStringLiteral("catalog") + suffix + QStringLiteral(".png")));
}

// What the clerk sees at the first start after an update while a large store is upgraded.
void shootUpgradeNotice(const QDir &out, const QString &suffix)
{
    ow::StoreUpgradeNotice notice;
    notice.showUpgrade(ow::Migrations::latestVersion() - 1, ow::Migrations::latestVersion());
    settle(200);
    shootWidget(&notice, out.filePath(QStringLiteral("store-upgrade") + suffix + QStringLiteral(".png")));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        qWarning("usage: onewindow-screenshots OUTDIR LANG");
        return 2;
    }
    const QDir out(args.at(1));
    const QString lang = args.at(2);
    QLocale::setDefault(QLocale(lang));
    ow::installTranslations(app, QLocale(lang));

    Counter counter(lang);
    QString error;
    if (!counter.open(&error)) {
        qWarning("%s", qPrintable(error));
        return 1;
    }
    ow::MainWindow window(counter.station(), counter.services());
    window.setCatalog(counter.catalog());
    window.resize(1280, 800);
    window.show();
    settle(800);
    const QString suffix = u'-' + lang;

    shootUpgradeNotice(out, suffix);
    shootIntake(window, out, suffix);
    decideTwoCases(window);
    shootCasesAndCatalog(window, out, suffix);
    window.hide();
    shootAuditPage(counter.database(), out, suffix);
    if (!shootHall(counter.services(), counter.station(), counter.filePath(QStringLiteral("hall.db")), out, suffix))
        return 1;
    shootDashboard(out, lang);
    if (!shootResults(counter.resultServices(), out, suffix))
        return 1;
    counter.copyDocuments(out, suffix);
    return 0;
}
