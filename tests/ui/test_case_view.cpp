// The case view driven as a clerk drives it, from the Cases page with the keyboard: Enter opens it, Ctrl+I
// shows the whole ID number (and the audit trail says so), Ctrl+P reprints into a new archived PDF marked
// 补打 with its number while the original stays, Esc closes it.
#include "core/demo/demoidentities.h"
#include "core/domain/identifiers.h"
#include "core/storage/caserepository.h"
#include "tests/ui/counterwindow.h"
#include "ui/cases/casespage.h"
#include "ui/cases/caseview.h"

#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace ow;
using owtest::CounterWindow;

namespace {

const QString kId = demo::residentId(QStringLiteral("330106"), QDate(1990, 5, 17), 123);
const QString kFood = QStringLiteral("SCJG-XK-0006"); // 食品经营许可（新办）

using owtest::pdfText;

// An accepted 食品经营许可 with every material, its receipt printed as the intake prints it.
Case acceptFoodLicence(CounterWindow &w)
{
    Applicant a;
    a.idNumber = kId;
    a.name = QStringLiteral("王芳");
    std::optional<IntakeSession> s = w.intake->start(a, kFood, {}, QDate::currentDate());
    REQUIRE(s);
    QMap<QString, QString> answers;
    for (const Situation &q : s->checklist.situations)
        answers.insert(q.id, q.options.first().id);
    w.intake->answer(*s, answers);
    QSet<QString> all;
    for (const ChecklistLine &l : s->checklist.lines)
        if (l.askedOfApplicant())
            all.insert(l.kind);
    const DecisionResult r = w.intake->decide(*s, all, Decision::Accept, {}, QDateTime::currentDateTimeUtc());
    INFO(r.error.toStdString());
    REQUIRE(r.ok);
    const std::optional<CaseDeskEntry> entry = w.desk->summary(r.savedCase.id);
    REQUIRE(entry);
    QString problem;
    w.printer->print({w.desk->document(*entry, DocumentKind::Receipt, QDateTime::currentDateTime())}, nullptr, &problem);
    REQUIRE(problem.isEmpty());
    return r.savedCase;
}

CaseView *openView(const CounterWindow &w)
{
    auto *view = w.window->findChild<CaseView *>(QStringLiteral("caseView"));
    INFO("the case view is open");
    REQUIRE(view);
    REQUIRE(view->isVisible());
    REQUIRE(QTest::qWaitForWindowActive(view)); // its shortcuts answer once it is the active window
    return view;
}

QString viewText(CaseView *view)
{
    auto *text = view->findChild<QTextBrowser *>(QStringLiteral("caseViewText"));
    REQUIRE(text);
    return text->toPlainText();
}

int auditRows(const CounterWindow &w, const Case &c, const QString &action)
{
    int n = 0;
    for (const AuditEntry &e : w.audit->forCase(c.id))
        n += e.action == action;
    return n;
}

} // namespace

TEST_CASE("Enter on a case opens its view with the ID number masked, and Ctrl+I shows it whole, audited")
{
    CounterWindow w;
    const Case accepted = acceptFoodLicence(w);
    w.window->showPage(w.window->casesPage());
    w.window->casesPage()->refresh();
    auto *list = w.find<QTableView>("caseListView");
    REQUIRE(list->model()->rowCount() == 1);
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);

    CaseView *view = openView(w);
    CHECK(view->caseId() == accepted.id);
    QString text = viewText(view);
    CHECK(text.contains(accepted.caseNumber));
    CHECK(text.contains(QStringLiteral("食品经营许可（新办）")));
    CHECK(text.contains(maskIdNumber(kId)));
    CHECK_FALSE(text.contains(kId));
    CHECK(text.contains(QStringLiteral("Collected"))); // every line brought at the window
    CHECK(text.contains(documentTitle(DocumentKind::Receipt)));
    CHECK(text.contains(QStringLiteral("Original")));
    CHECK(auditRows(w, accepted, QStringLiteral("id_revealed")) == 0);

    QTest::keyClick(view, Qt::Key_I, Qt::ControlModifier);
    // A button's shortcut clicks it the way a mouse would, once the press has shown (QAbstractButton::animateClick).
    REQUIRE(owtest::waitFor([&] { return auditRows(w, accepted, QStringLiteral("id_revealed")) > 0; }));
    CHECK(auditRows(w, accepted, QStringLiteral("id_revealed")) == 1);
    text = viewText(view);
    CHECK(text.contains(kId));
    CHECK(text.contains(QStringLiteral("ID number shown"))); // the reveal is in the case's audit history at once
    CHECK_FALSE(view->findChild<QPushButton *>(QStringLiteral("revealIdButton"))->isEnabled());

    const QPointer<CaseView> closing(view);
    QTest::keyClick(view, Qt::Key_Escape);
    CHECK((closing.isNull() || !closing->isVisible()));
}

TEST_CASE("Ctrl+P in the case view archives a new PDF marked 补打 with its count, and the original stays")
{
    CounterWindow w;
    const Case accepted = acceptFoodLicence(w);
    const QStringList before = w.archivedPdfs();
    REQUIRE(before.size() == 1);
    const QString original = before.first();
    QFile originalFile(original);
    REQUIRE(originalFile.open(QIODevice::ReadOnly));
    const QByteArray originalBytes = originalFile.readAll();
    originalFile.close();
    CHECK_FALSE(pdfText(original).contains(QStringLiteral("补打")));

    // The case typed whole in the search: Return opens its view straight away.
    w.window->showPage(w.window->casesPage());
    auto *search = w.find<QLineEdit>("caseSearchEdit");
    search->setText(accepted.caseNumber);
    QTest::keyClick(search, Qt::Key_Return);
    CaseView *view = openView(w);

    for (int n = 1; n <= 2; ++n) {
        QTest::keyClick(view, Qt::Key_P, Qt::ControlModifier);
        REQUIRE(owtest::waitFor([&] { return w.archivedPdfs().size() == n + 1; })); // animateClick, as for Ctrl+I
        const QStringList files = w.archivedPdfs();
        REQUIRE(files.size() == n + 1);
        const QString reprint = files.filter(QStringLiteral("-reprint-%1.pdf").arg(n)).value(0);
        INFO("reprint " << n);
        REQUIRE_FALSE(reprint.isEmpty());
        const QString text = pdfText(reprint);
        CHECK(text.contains(QStringLiteral("补打%1").arg(n)));
        CHECK(text.contains(accepted.caseNumber));
        CHECK(viewText(view).contains(QStringLiteral("Reprint %1").arg(n)));
    }
    CHECK(auditRows(w, accepted, QStringLiteral("reprint")) == 2);

    // The first PDF is still there, byte for byte.
    REQUIRE(QFileInfo::exists(original));
    REQUIRE(originalFile.open(QIODevice::ReadOnly));
    CHECK(originalFile.readAll() == originalBytes);
    CHECK_FALSE(pdfText(original).contains(QStringLiteral("补打")));
}
