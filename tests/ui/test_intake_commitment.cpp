// 证明事项告知承诺制 at the counter, driven as a clerk drives it: C on a checklist row replaces the certificate by
// the applicant's commitment, the case is accepted without it, and the 告知承诺书 comes out of the printer.
#include "core/demo/demoidentities.h"
#include "core/storage/caserepository.h"
#include "tests/ui/counterwindow.h"
#include "ui/intake/checklistmodel.h"
#include "ui/intake/intakepage.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace ow;
using owtest::CounterWindow;

namespace {

const QString kReplaced = QStringLiteral("UNEMPLOYMENT_PROOF"); // 解除或者终止劳动关系证明: the demo allows a commitment

// 失业保险金申领 (no situation questions) picked by its initials for a typed applicant.
void startUnemploymentBenefit(CounterWindow &w)
{
    QTest::keyClicks(w.find<QLineEdit>("applicantIdEdit"), demo::residentId(QStringLiteral("330106"), QDate(1985, 3, 9), 77));
    w.find<QLineEdit>("applicantNameEdit")->setText(QStringLiteral("赵磊"));
    auto *matter = w.find<QLineEdit>("intakeMatterEdit");
    QTest::keyClicks(matter, QStringLiteral("sybxjsl")); // 失业保险金申领
    QTest::keyClick(matter, Qt::Key_Return);
    REQUIRE(w.find<QLabel>("intakeMatterChosenLabel")->text().contains(QStringLiteral("失业保险金申领")));
}

int rowOf(const ChecklistModel *model, const QString &kind)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->checklist().lines.at(row).kind == kind)
            return row;
    FAIL("no checklist row for " << kind.toStdString());
    return -1;
}

// Moves to the row and presses the key there, as the clerk does with the arrows and one key.
void keyOnRow(QTableView *view, ChecklistModel *model, int row, Qt::Key key)
{
    view->setFocus();
    view->setCurrentIndex(model->index(row, ChecklistModel::NameColumn));
    QTest::keyClick(view, key);
}

} // namespace

TEST_CASE("C on a checklist row replaces the certificate by commitment and the case is accepted without it")
{
    CounterWindow w;
    startUnemploymentBenefit(w);
    auto *view = w.find<QTableView>("checklistView");
    ChecklistModel *model = w.window->intakePage()->checklistModel();
    const int replaced = rowOf(model, kReplaced);
    REQUIRE(model->checklist().lines.at(replaced).commitmentAllowed());

    // Everything else the applicant is asked for is handed over (Space); the certificate is not.
    for (int row = 0; row < model->rowCount(); ++row)
        if (row != replaced && model->checklist().lines.at(row).askedOfApplicant())
            keyOnRow(view, model, row, Qt::Key_Space);
    auto *banner = w.find<QLabel>("decisionBanner");
    CHECK_FALSE(banner->text().startsWith(QStringLiteral("Complete")));

    // C marks the row, C again takes it back, C once more marks it: the clerk can correct a slip.
    keyOnRow(view, model, replaced, Qt::Key_C);
    CHECK(model->committed() == QSet<QString>{kReplaced});
    keyOnRow(view, model, replaced, Qt::Key_C);
    CHECK(model->committed().isEmpty());
    keyOnRow(view, model, replaced, Qt::Key_C);
    CHECK(model->committed() == QSet<QString>{kReplaced});
    CHECK(model->index(replaced, ChecklistModel::StatusColumn).data().toString() == lineStatusName(LineStatus::Commitment));
    CHECK(model->index(replaced, ChecklistModel::ReceivedColumn).data(Qt::CheckStateRole).toInt() == Qt::PartiallyChecked);
    CHECK(banner->text().startsWith(QStringLiteral("Complete")));
    CHECK(banner->text().contains(QStringLiteral("Replaced by commitment")));

    // C on a row whose certificate allows no commitment changes nothing.
    keyOnRow(view, model, rowOf(model, QStringLiteral("ID_CARD")), Qt::Key_C);
    CHECK(model->committed() == QSet<QString>{kReplaced});
    CHECK(model->received().contains(QStringLiteral("ID_CARD")));

    const auto confirm = owtest::whenModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        REQUIRE(box);
        // The clerk is told before confirming that the applicant has a commitment to sign.
        CHECK(box->text().contains(documentTitle(DocumentKind::CertificateCommitment)));
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(w.find<QPushButton>("acceptButton"), Qt::LeftButton);

    const QList<Case> cases = CaseRepository(w.db).search({}, 10);
    REQUIRE(cases.size() == 1);
    CHECK(cases.first().decision == Decision::Accept);
    const std::optional<Case> stored = CaseRepository(w.db).byId(cases.first().id);
    REQUIRE(stored);
    int committedLines = 0;
    for (const CaseMaterial &m : stored->materials)
        if (m.status == LineStatus::Commitment) {
            ++committedLines;
            CHECK(m.kind == kReplaced);
            CHECK_FALSE(m.received);
        }
    CHECK(committedLines == 1);

    // The receipt and the 告知承诺书, which names the certificate it replaces.
    const QStringList pdfs = w.archivedPdfs();
    REQUIRE(pdfs.size() == 2);
    const auto letter = std::find_if(pdfs.cbegin(), pdfs.cend(), [](const QString &p) {
        return p.endsWith(u'-' + documentKey(DocumentKind::CertificateCommitment) + QStringLiteral(".pdf"));
    });
    REQUIRE(letter != pdfs.cend());
    const QString text = owtest::pdfText(*letter);
    CHECK(text.contains(QStringLiteral("解除或者终止劳动关系证明")));
    CHECK(text.contains(QStringLiteral("赵磊")));
    CHECK(text.contains(QStringLiteral("国办发〔2020〕42号")));
}
