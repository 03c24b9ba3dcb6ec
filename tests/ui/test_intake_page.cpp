// The intake screen driven as a clerk drives it: by widget names, the keyboard and the dialogs.
#include "core/demo/demoidentities.h"
#include "core/domain/identifiers.h"
#include "core/storage/caserepository.h"
#include "core/storage/outbox.h"
#include "tests/ui/counterwindow.h"
#include "ui/cases/caselistmodel.h"
#include "ui/cases/casespage.h"
#include "ui/intake/checklistmodel.h"
#include "ui/intake/intakepage.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

using namespace ow;
using owtest::CounterWindow;
using owtest::whenModal;

namespace {

const QString kId = demo::residentId(QStringLiteral("330106"), QDate(1990, 5, 17), 123);

using owtest::pdfText;

// Types the applicant and picks 食品经营许可（新办） by its initials, answering each question's first option.
void startFoodLicence(CounterWindow &w)
{
    QTest::keyClicks(w.find<QLineEdit>("applicantIdEdit"), kId);
    w.find<QLineEdit>("applicantNameEdit")->setText(QStringLiteral("王芳"));
    auto *matter = w.find<QLineEdit>("intakeMatterEdit");
    QTest::keyClicks(matter, QStringLiteral("spjyxkxb")); // 食品经营许可（新办）
    QTest::keyClick(matter, Qt::Key_Return);
    for (QComboBox *box : w.window->findChildren<QComboBox *>())
        if (box->objectName().startsWith(QStringLiteral("situation_")))
            box->setCurrentIndex(1);
}

// Ticks materials with the keyboard: Space on each row for which `take` says yes.
void tick(CounterWindow &w, const std::function<bool(const ChecklistLine &)> &take)
{
    auto *view = w.find<QTableView>("checklistView");
    auto *model = w.window->intakePage()->checklistModel();
    view->setFocus();
    for (int row = 0; row < model->rowCount(); ++row) {
        view->setCurrentIndex(model->index(row, ChecklistModel::NameColumn));
        const ChecklistLine &line = model->checklist().lines.at(row);
        if (line.askedOfApplicant() && take(line))
            QTest::keyClick(view, Qt::Key_Space);
    }
}

[[nodiscard]] owtest::ModalAnswer confirmNextDialog()
{
    return whenModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        REQUIRE(box);
        box->button(QMessageBox::Yes)->click();
    });
}

} // namespace

TEST_CASE("accepting a complete application saves the case with its outbox row and archives a receipt PDF")
{
    CounterWindow w;
    startFoodLicence(w);
    CHECK(w.find<QLabel>("applicantIdStatusLabel")->text().contains(QStringLiteral("1990")));
    CHECK(w.find<QLabel>("intakeMatterChosenLabel")->text().contains(QStringLiteral("食品经营许可（新办）")));
    tick(w, [](const ChecklistLine &) { return true; });
    auto *banner = w.find<QLabel>("decisionBanner");
    const Evaluation ev = w.intake->engine().evaluate(w.window->intakePage()->checklistModel()->checklist(),
                                                      w.window->intakePage()->checklistModel()->received(), QDate::currentDate());
    CHECK(ev.suggested == Decision::Accept);
    CHECK(banner->text().contains(QLocale().toString(ev.promisedDate, QLocale::ShortFormat)));

    const auto confirm = confirmNextDialog();
    QTest::mouseClick(w.find<QPushButton>("acceptButton"), Qt::LeftButton);

    const QList<Case> cases = CaseRepository(w.db).search({}, 10);
    REQUIRE(cases.size() == 1);
    CHECK(cases.first().decision == Decision::Accept);
    REQUIRE(Outbox(w.db).latestForCase(cases.first().id));
    const QStringList pdfs = w.archivedPdfs();
    REQUIRE(pdfs.size() == 1);
    const QString text = pdfText(pdfs.first());
    CHECK(text.contains(cases.first().caseNumber));
    CHECK(text.contains(maskIdNumber(kId)));
    CHECK(text.contains(QLocale().toString(cases.first().promisedDate, QLocale::LongFormat).remove(u' ')));
    CHECK(w.find<QLabel>("lastSavedLabel")->text().contains(cases.first().caseNumber));
    // The form is ready for the next applicant.
    CHECK(w.find<QLineEdit>("applicantIdEdit")->text().isEmpty());
}

TEST_CASE("with essential materials missing the one-time notice lists every one of them")
{
    CounterWindow w;
    startFoodLicence(w);
    QStringList missing;
    int n = 0;
    tick(w, [&](const ChecklistLine &l) {
        const bool take = n++ % 2 == 1;
        if (!take && !l.optional)
            missing << l.name;
        return take;
    });
    REQUIRE(missing.size() >= 2);
    // Accepting is refused with the reason on the banner; nothing is saved.
    QTest::mouseClick(w.find<QPushButton>("acceptButton"), Qt::LeftButton);
    CHECK(w.find<QLabel>("decisionBanner")->text().contains(QStringLiteral("missing")));
    CHECK(CaseRepository(w.db).search({}, 10).isEmpty());

    const auto confirm = confirmNextDialog();
    QTest::mouseClick(w.find<QPushButton>("noticeButton"), Qt::LeftButton);
    const QStringList pdfs = w.archivedPdfs();
    REQUIRE(pdfs.size() == 1);
    const QString text = pdfText(pdfs.first());
    for (const QString &name : missing)
        CHECK(text.contains(QString(name).remove(QRegularExpression(QStringLiteral("\\s")))));
}

TEST_CASE("accepting with deficiency prints the commitment, and the return trip completes the case")
{
    CounterWindow w;
    startFoodLicence(w);
    tick(w, [](const ChecklistLine &l) { return l.status != LineStatus::DeficiencyAllowed; });
    const auto confirm = confirmNextDialog();
    QTest::mouseClick(w.find<QPushButton>("acceptDeficiencyButton"), Qt::LeftButton);
    QList<Case> cases = CaseRepository(w.db).search({}, 10);
    REQUIRE(cases.size() == 1);
    CHECK(cases.first().status == CaseStatus::AwaitingSupplement);
    const QStringList pdfs = w.archivedPdfs();
    CHECK(pdfs.size() == 2); // receipt and commitment
    CHECK(std::any_of(pdfs.cbegin(), pdfs.cend(),
                      [](const QString &p) { return p.endsWith(QStringLiteral("deficiency-commitment.pdf")); }));

    // Back at the counter days later: the Cases page, the case, the return trip.
    w.window->showPage(w.window->casesPage());
    w.window->casesPage()->refresh();
    auto *list = w.find<QTableView>("caseListView");
    REQUIRE(list->model()->rowCount() == 1);
    list->selectRow(0);
    const auto returnTrip = whenModal([](QWidget *modal) {
        auto *items = modal->findChild<QListWidget *>(QStringLiteral("returnTripList"));
        REQUIRE(items);
        CHECK(items->count() >= 1);
        qobject_cast<QDialog *>(modal)->accept();
    });
    QTest::mouseClick(w.find<QPushButton>("returnTripButton"), Qt::LeftButton);
    const std::optional<Case> after = CaseRepository(w.db).byId(cases.first().id);
    REQUIRE(after);
    CHECK(after->status == CaseStatus::Accepted);
    CHECK(after->trips == 2);
}

TEST_CASE("not accepting asks for the reason and prints it with the right of appeal")
{
    CounterWindow w;
    startFoodLicence(w);
    owtest::ModalAnswer confirm; // the confirmation that follows the reason, set up once the reason is given
    const auto reason = whenModal([&confirm](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        REQUIRE(dialog);
        dialog->setTextValue(QStringLiteral("经营场所位于居民住宅楼内"));
        confirm = confirmNextDialog();
        dialog->accept();
    });
    QTest::mouseClick(w.find<QPushButton>("notAcceptButton"), Qt::LeftButton);
    const QList<Case> cases = CaseRepository(w.db).search({}, 10);
    REQUIRE(cases.size() == 1);
    CHECK(cases.first().decision == Decision::NotAccepted);
    CHECK(cases.first().reason == QStringLiteral("经营场所位于居民住宅楼内"));
    const QStringList pdfs = w.archivedPdfs();
    REQUIRE(pdfs.size() == 1);
    CHECK(pdfText(pdfs.first()).contains(QStringLiteral("经营场所位于居民住宅楼内")));
}

TEST_CASE("an invalid ID number is explained at the field and nothing can be decided")
{
    CounterWindow w;
    QString wrong = kId;
    wrong[17] = wrong[17] == u'1' ? u'2' : u'1';
    QTest::keyClicks(w.find<QLineEdit>("applicantIdEdit"), wrong);
    CHECK(w.find<QLabel>("applicantIdStatusLabel")->text().contains(QStringLiteral("check character")));
    w.find<QLineEdit>("applicantNameEdit")->setText(QStringLiteral("王芳"));
    auto *matter = w.find<QLineEdit>("intakeMatterEdit");
    QTest::keyClicks(matter, QStringLiteral("spjyxkxb"));
    QTest::keyClick(matter, Qt::Key_Return);
    tick(w, [](const ChecklistLine &) { return true; });
    QTest::mouseClick(w.find<QPushButton>("acceptButton"), Qt::LeftButton);
    CHECK(w.find<QLabel>("decisionBanner")->text().contains(QStringLiteral("valid ID")));
    CHECK(CaseRepository(w.db).search({}, 10).isEmpty());
}

TEST_CASE("a known applicant's details are filled in when the ID number is typed")
{
    CounterWindow w;
    startFoodLicence(w);
    tick(w, [](const ChecklistLine &) { return true; });
    w.find<QLineEdit>("applicantPhoneEdit")->setText(QStringLiteral("13800000000"));
    const auto confirm = confirmNextDialog();
    QTest::mouseClick(w.find<QPushButton>("acceptButton"), Qt::LeftButton);
    REQUIRE(CaseRepository(w.db).search({}, 10).size() == 1);
    QTest::keyClicks(w.find<QLineEdit>("applicantIdEdit"), kId);
    CHECK(w.find<QLineEdit>("applicantNameEdit")->text() == QStringLiteral("王芳"));
    CHECK(w.find<QLineEdit>("applicantPhoneEdit")->text() == QStringLiteral("13800000000"));
    CHECK(w.find<QLabel>("applicantIdStatusLabel")->text().contains(QStringLiteral("known")));
}

TEST_CASE("the case list finds a case by its number and reprints its receipt, audited")
{
    CounterWindow w(30);
    w.window->showPage(w.window->casesPage());
    const QList<Case> cases = CaseRepository(w.db).search({}, 50);
    REQUIRE(cases.size() == 30);
    auto *search = w.find<QLineEdit>("caseSearchEdit");
    search->setText(cases.first().caseNumber);
    QTest::keyClick(search, Qt::Key_Return);
    auto *list = w.find<QTableView>("caseListView");
    REQUIRE(list->model()->rowCount() == 1);
    // The one case found opened its view (tests/ui/test_case_view.cpp); Esc goes back to the list.
    auto *view = w.window->findChild<QDialog *>(QStringLiteral("caseView"));
    REQUIRE(view);
    QTest::keyClick(view, Qt::Key_Escape);
    CHECK(list->model()->index(0, CaseListModel::NumberColumn).data().toString() == cases.first().caseNumber);
    owtest::ModalAnswer choose; // the documents to reprint are asked for only when there is a choice
    if (documentsFor(cases.first().decision).size() > 1)
        choose = whenModal([](QWidget *modal) { qobject_cast<QDialog *>(modal)->accept(); });
    QTest::mouseClick(w.find<QPushButton>("reprintButton"), Qt::LeftButton);
    CHECK(w.archivedPdfs().size() == 1);
    CHECK(w.audit->latest(1).first().action == QStringLiteral("reprint"));
}
