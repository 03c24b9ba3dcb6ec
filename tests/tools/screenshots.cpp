// onewindow-screenshots OUTDIR LANG: the real counter window on a fresh demo database, driven through a
// few realistic moments and captured from the screen, plus the PDF documents those moments printed.
// Run it under a display: xvfb-run (scripts/screenshots.sh does).
#include "calendar/workingcalendar.h"
#include "catalog/catalogbrowser.h"
#include "cases/casespage.h"
#include "intake/checklistmodel.h"
#include "intake/intakepage.h"
#include "mainwindow.h"
#include "print/documentprinter.h"
#include "security/audittrail.h"
#include "storage/database.h"
#include "translations.h"
#include "workflow/casedesk.h"
#include "workflow/demoidentities.h"
#include "workflow/demosetup.h"
#include "workflow/intakeservice.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

void settle(int ms = 400)
{
    QTest::qWait(ms);
}

void shoot(const QString &path)
{
    settle();
    QApplication::primaryScreen()->grabWindow(0).save(path);
    qInfo("%s", qPrintable(path));
}

// Answers the next modal dialog with Yes / OK.
void acceptNextDialog()
{
    QTimer::singleShot(300, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
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

    QTemporaryDir dir;
    ow::Database db;
    ow::WorkingCalendar calendar = ow::WorkingCalendar::builtIn();
    QString error;
    if (!db.open(dir.filePath(QStringLiteral("demo.db")), &error) || !ow::prepareDemoHall(db, calendar, 60, &error)) {
        qWarning("%s", qPrintable(error));
        return 1;
    }
    ow::AuditTrail audit(db);
    ow::IntakeService intake(db, calendar, {}, ow::Station{QStringLiteral("DEMO"), 3, QStringLiteral("demo")});
    intake.setAuditTrail(&audit);
    intake.reloadCatalog();
    const QString hallName = QCoreApplication::translate("onewindow", "Demo District Government Service Centre");
    const QString clerk = lang.startsWith(QStringLiteral("zh")) ? QStringLiteral("李娜") : QStringLiteral("Li Na");
    ow::CaseDesk desk(db, &audit, ow::DocumentStation{hallName, QStringLiteral("DEMO"), 3,
                                                      clerk, QStringLiteral("%1"),
                                                      QStringLiteral("0571-12345")});
    ow::DocumentPrinter printer(dir.filePath(QStringLiteral("documents")), ow::PrintMode::ArchiveOnly);
    ow::MainWindow window(ow::WindowStation{QStringLiteral("DEMO"), 3, clerk,
                                            db.path(), {}},
                          ow::WindowServices{&intake, &desk, &printer, nullptr, nullptr, {}});
    window.setCatalog(intake.catalog());
    window.resize(1280, 800);
    window.show();
    settle(800);
    const QString suffix = u'-' + lang;

    // 1. Intake in progress: 食品经营许可（新办） for a person, some materials ticked.
    auto *id = window.findChild<QLineEdit *>(QStringLiteral("applicantIdEdit"));
    QTest::keyClicks(id, ow::demo::residentId(QStringLiteral("330106"), QDate(1990, 5, 17), 123));
    window.findChild<QLineEdit *>(QStringLiteral("applicantNameEdit"))->setText(QStringLiteral("王芳"));
    window.findChild<QLineEdit *>(QStringLiteral("applicantPhoneEdit"))->setText(QStringLiteral("13812345678"));
    auto *matter = window.findChild<QLineEdit *>(QStringLiteral("intakeMatterEdit"));
    QTest::keyClicks(matter, QStringLiteral("spjyxkxb"));
    QTest::keyClick(matter, Qt::Key_Return);
    for (QComboBox *box : window.findChildren<QComboBox *>())
        if (box->objectName().startsWith(QStringLiteral("situation_")))
            box->setCurrentIndex(1);
    auto *view = window.findChild<QTableView *>(QStringLiteral("checklistView"));
    ow::ChecklistModel *model = window.intakePage()->checklistModel();
    for (int row = 0; row < model->rowCount(); ++row)
        if (row != 3)
            model->toggle(row);
    view->setCurrentIndex(model->index(3, ow::ChecklistModel::NameColumn));
    view->setFocus();
    shoot(out.filePath(QStringLiteral("intake") + suffix + QStringLiteral(".png")));

    // 2. The deficiency decision, then the same applicant's one-time notice for another matter.
    acceptNextDialog();
    window.findChild<QPushButton *>(QStringLiteral("acceptDeficiencyButton"))->click();
    settle();
    QTest::keyClicks(id, ow::demo::residentId(QStringLiteral("330106"), QDate(1990, 5, 17), 123));
    QTest::keyClicks(matter, QStringLiteral("gtgshsldj")); // 个体工商户设立登记
    QTest::keyClick(matter, Qt::Key_Return);
    for (QComboBox *box : window.findChildren<QComboBox *>())
        if (box->objectName().startsWith(QStringLiteral("situation_")))
            box->setCurrentIndex(box->count() - 1);
    model->toggle(0);
    acceptNextDialog();
    window.findChild<QPushButton *>(QStringLiteral("noticeButton"))->click();
    settle();

    // 3. The case list of the day.
    window.showPage(window.casesPage());
    window.casesPage()->refresh();
    shoot(out.filePath(QStringLiteral("cases") + suffix + QStringLiteral(".png")));

    // 4. The catalog, found by pinyin initials.
    window.catalogBrowser()->setQuery(QStringLiteral("spjy"));
    window.showPage(window.catalogBrowser());
    shoot(out.filePath(QStringLiteral("catalog") + suffix + QStringLiteral(".png")));

    // The documents printed on the way, for pdftoppm.
    QDirIterator pdfs(dir.filePath(QStringLiteral("documents")), {QStringLiteral("*.pdf")}, QDir::Files,
                      QDirIterator::Subdirectories);
    while (pdfs.hasNext()) {
        const QString path = pdfs.next();
        const QString kind = QFileInfo(path).completeBaseName().section(u'-', 4); // after HALL-DATE-WW-NNNN
        QFile::remove(out.filePath(kind + suffix + QStringLiteral(".pdf")));
        QFile::copy(path, out.filePath(kind + suffix + QStringLiteral(".pdf")));
        qInfo("%s", qPrintable(out.filePath(kind + suffix + QStringLiteral(".pdf"))));
    }
    return 0;
}
