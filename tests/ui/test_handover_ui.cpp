// The result's hand-over (出件) driven as a clerk drives it: at intake the result is to be posted (the
// address from the applicant, edited); on the pick-up page Enter opens the hand-over, the keyboard fills
// it in, and the 送达回证 or 领取回执 is archived with what was typed; Ctrl+P in the case view reprints it later.
#include "core/demo/demoidentities.h"
#include "core/storage/caserepository.h"
#include "core/storage/handoverrepository.h"
#include "core/workflow/handoverdesk.h"
#include "tests/ui/counterwindow.h"
#include "ui/cases/casespage.h"
#include "ui/cases/caseview.h"
#include "ui/handover/pickuplistmodel.h"
#include "ui/handover/pickuppage.h"
#include "ui/intake/checklistmodel.h"
#include "ui/intake/intakepage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace ow;
using owtest::CounterWindow;
using owtest::whenModal;

namespace {

const QString kId = demo::residentId(QStringLiteral("330106"), QDate(1990, 5, 17), 123);
const QString kHome = QStringLiteral("杭州市文三路90号");            // the applicant record's address
const QString kPostTo = QStringLiteral("杭州市文三路90号 Room 301"); // edited for this case (QTest types ASCII only)

using owtest::pdfText;

// 食品经营许可（新办） with every material handed over, the result to be posted to kPostTo.
Case acceptByPost(CounterWindow &w)
{
    QTest::keyClicks(w.find<QLineEdit>("applicantIdEdit"), kId);
    w.find<QLineEdit>("applicantNameEdit")->setText(QStringLiteral("王芳"));
    w.find<QLineEdit>("applicantAddressEdit")->setText(kHome); // Chinese comes through an input method
    auto *matter = w.find<QLineEdit>("intakeMatterEdit");
    QTest::keyClicks(matter, QStringLiteral("spjyxkxb"));
    QTest::keyClick(matter, Qt::Key_Return);
    for (QComboBox *box : w.window->findChildren<QComboBox *>())
        if (box->objectName().startsWith(QStringLiteral("situation_")))
            box->setCurrentIndex(1);
    auto *view = w.find<QTableView>("checklistView");
    auto *model = w.window->intakePage()->checklistModel();
    view->setFocus();
    for (int row = 0; row < model->rowCount(); ++row) {
        view->setCurrentIndex(model->index(row, ChecklistModel::NameColumn));
        if (model->checklist().lines.at(row).askedOfApplicant())
            QTest::keyClick(view, Qt::Key_Space);
    }
    auto *method = w.find<QComboBox>("deliveryMethodCombo");
    auto *addressEdit = w.find<QLineEdit>("deliveryAddressEdit");
    CHECK_FALSE(addressEdit->isEnabled()); // at the window: no address asked
    method->setFocus();
    QTest::keyClick(method, Qt::Key_Down);
    REQUIRE(addressEdit->isEnabled());
    CHECK(addressEdit->text() == kHome); // from the applicant
    addressEdit->setFocus();
    QTest::keyClick(addressEdit, Qt::Key_End);
    QTest::keyClicks(addressEdit, QStringLiteral(" Room 301"));
    REQUIRE(addressEdit->text() == kPostTo);
    const auto confirm = whenModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        REQUIRE(box);
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(w.find<QPushButton>("acceptButton"), Qt::LeftButton);
    const QList<Case> cases = CaseRepository(w.db).search({}, 10);
    REQUIRE(cases.size() == 1);
    return cases.first();
}

// The same case back at the hall, ready for pick-up (as the platform's status pull leaves it).
Case readyByPost(CounterWindow &w)
{
    const Case c = acceptByPost(w);
    QString error;
    REQUIRE(CaseRepository(w.db).applyPlatformStatus(c.id, CaseStatus::ReadyForPickup, &error));
    return c;
}

struct PickupDesk {
    explicit PickupDesk(CounterWindow &w)
        : desk(w.db, w.audit.get(), *w.desk, &w.calendar),
          page(desk, *w.printer, QStringLiteral("演示窗口人员"), 5)
    {
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
    }
    HandoverDesk desk;
    PickupPage page;
};

} // namespace

TEST_CASE("a result to be posted is chosen at intake with the applicant's address, edited, and printed on the receipt")
{
    CounterWindow w;
    const Case c = acceptByPost(w);
    const std::optional<Case> stored = CaseRepository(w.db).byId(c.id);
    REQUIRE(stored);
    CHECK(stored->delivery == DeliveryMethod::ByPost);
    CHECK(stored->deliveryAddress == kPostTo);
    CHECK(w.desk->summary(c.id)->applicant.address == kHome); // the record keeps its own address
    const QStringList receipts = w.archivedPdfs(QStringLiteral("*receipt*.pdf"));
    REQUIRE(receipts.size() == 1);
    CHECK(pdfText(receipts.first()).contains(QStringLiteral("杭州市文三路90号Room301")));
    // The next applicant starts at the window again.
    CHECK(w.find<QComboBox>("deliveryMethodCombo")->currentIndex() == 0);
}

TEST_CASE("a posted result is handed over from the pick-up list with the keyboard and its certificate archived")
{
    CounterWindow w;
    const Case c = readyByPost(w);
    PickupDesk pickup(w);
    QAbstractItemModelTester tester(pickup.page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *table = pickup.page.findChild<QTableView *>(QStringLiteral("pickupTable"));
    REQUIRE(table);
    REQUIRE(pickup.page.model()->rowCount() == 1);
    CHECK(pickup.page.model()->index(0, PickupListModel::NumberColumn).data().toString() == c.caseNumber);

    const auto handOver = whenModal([&](QWidget *modal) {
        REQUIRE(modal->objectName() == QStringLiteral("handoverDialog"));
        auto *method = modal->findChild<QComboBox *>(QStringLiteral("handoverMethodCombo"));
        REQUIRE(method);
        CHECK(method->currentIndex() == 1); // by post, as chosen at intake
        auto *ok = modal->findChild<QPushButton *>(QStringLiteral("handoverOkButton"));
        CHECK_FALSE(ok->isEnabled()); // no carrier, no tracking number yet
        CHECK(modal->findChild<QLineEdit *>(QStringLiteral("postAddressEdit"))->text() == kPostTo);
        QTest::keyClicks(modal->findChild<QLineEdit *>(QStringLiteral("carrierEdit")), QStringLiteral("EMS"));
        auto *tracking = modal->findChild<QLineEdit *>(QStringLiteral("trackingNumberEdit"));
        QTest::keyClicks(tracking, QStringLiteral("1178765432101"));
        CHECK(ok->isEnabled());
        QTest::keyClick(tracking, Qt::Key_Return); // the default button
    });
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);

    const std::optional<Handover> h = HandoverRepository(w.db).forCase(c.id);
    REQUIRE(h);
    CHECK(h->method == HandoverMethod::ByPost);
    CHECK(h->trackingNumber == QStringLiteral("1178765432101"));
    CHECK(CaseRepository(w.db).byId(c.id)->status == CaseStatus::HandedOver);
    CHECK(pickup.page.model()->rowCount() == 0);
    const QStringList certificates = w.archivedPdfs(QStringLiteral("*delivery-certificate*.pdf"));
    REQUIRE(certificates.size() == 1);
    const QString text = pdfText(certificates.first());
    CHECK(text.contains(QStringLiteral("1178765432101")));
    CHECK(text.contains(QStringLiteral("杭州市文三路90号Room301")));

    // Later the applicant needs the certificate again: Ctrl+P in the case view offers it beside the receipt.
    w.window->showPage(w.window->casesPage());
    auto *search = w.find<QLineEdit>("caseSearchEdit");
    search->setText(c.caseNumber);
    QTest::keyClick(search, Qt::Key_Return);
    auto *view = w.window->findChild<CaseView *>(QStringLiteral("caseView"));
    REQUIRE(view);
    REQUIRE(QTest::qWaitForWindowActive(view));
    // The case view is itself modal, so the answer waits for the document question on top of it.
    QStringList offered;
    QTimer pick;
    pick.setInterval(10);
    QObject::connect(&pick, &QTimer::timeout, [&] {
        if (auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            pick.stop();
            offered = input->comboBoxItems();
            input->setTextValue(documentTitle(DocumentKind::DeliveryCertificate));
            input->accept();
        }
    });
    pick.start();
    QTest::keyClick(view, Qt::Key_P, Qt::ControlModifier);
    REQUIRE(owtest::waitFor([&] { return w.archivedPdfs(QStringLiteral("*delivery-certificate-reprint-1.pdf")).size() == 1; }));
    CHECK(offered == QStringList{documentTitle(DocumentKind::Receipt), documentTitle(DocumentKind::DeliveryCertificate)});
    const QString again = pdfText(w.archivedPdfs(QStringLiteral("*delivery-certificate-reprint-1.pdf")).first());
    CHECK(again.contains(QStringLiteral("补打1")));
    CHECK(again.contains(QStringLiteral("1178765432101")));
    CHECK(w.archivedPdfs(QStringLiteral("*delivery-certificate*.pdf")).size() == 2); // the original stays
}

TEST_CASE("an agent collects only once the ID number typed is a valid resident ID, and the receipt names the agent")
{
    CounterWindow w;
    const Case c = readyByPost(w);
    PickupDesk pickup(w);
    auto *table = pickup.page.findChild<QTableView *>(QStringLiteral("pickupTable"));
    const auto handOver = whenModal([&](QWidget *modal) {
        auto *method = modal->findChild<QComboBox *>(QStringLiteral("handoverMethodCombo"));
        method->setFocus();
        QTest::keyClick(method, Qt::Key_Up); // in person after all
        auto *collector = modal->findChild<QComboBox *>(QStringLiteral("collectorCombo"));
        collector->setFocus();
        QTest::keyClick(collector, Qt::Key_Down); // an agent
        QTest::keyClicks(modal->findChild<QLineEdit *>(QStringLiteral("agentNameEdit")), QStringLiteral("Zhao Liu"));
        auto *id = modal->findChild<QLineEdit *>(QStringLiteral("agentIdEdit"));
        auto *ok = modal->findChild<QPushButton *>(QStringLiteral("handoverOkButton"));
        QTest::keyClicks(id, QStringLiteral("110105194912310021")); // the check digit is wrong
        CHECK_FALSE(ok->isEnabled());
        CHECK_FALSE(modal->findChild<QLabel *>(QStringLiteral("agentIdStatus"))->text().isEmpty());
        QTest::keyClick(id, Qt::Key_Backspace);
        QTest::keyClick(id, Qt::Key_X);
        CHECK(ok->isEnabled());
        QTest::keyClick(id, Qt::Key_Return);
    });
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);

    const std::optional<Handover> h = HandoverRepository(w.db).forCase(c.id);
    REQUIRE(h);
    CHECK(h->method == HandoverMethod::InPerson);
    CHECK(h->collector == Collector::Agent);
    CHECK(h->agentIdNumber == QStringLiteral("11010519491231002X"));
    const QStringList receipts = w.archivedPdfs(QStringLiteral("*collection-receipt*.pdf"));
    REQUIRE(receipts.size() == 1);
    CHECK(pdfText(receipts.first()).contains(QStringLiteral("ZhaoLiu")));
}
