// The counter by keyboard alone (#16 point 5): every key goes to the widget that has the focus, as a
// clerk's keyboard would send it; no mouse, no call into the widgets, no setCurrentIndex.
#include "core/demo/demoidentities.h"
#include "core/storage/caserepository.h"
#include "tests/ui/counterwindow.h"
#include "ui/intake/checklistmodel.h"
#include "ui/intake/intakepage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace ow;
using owtest::CounterWindow;
using owtest::whenModal;

namespace {

const QString kId = demo::residentId(QStringLiteral("330106"), QDate(1990, 5, 17), 123);

QWidget *focused()
{
    QWidget *w = QApplication::focusWidget();
    REQUIRE(w);
    return w;
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), k, modifiers);
}

// Chinese arrives from the input method as key events carrying text; QTest::keyClicks knows ASCII only.
void typeInto(QWidget *target, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(target, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void type(const QString &text)
{
    typeInto(focused(), text);
}

// The applicant by keys, then the matter by its initials: the focus lands on the first question.
void startByKeys(CounterWindow &w)
{
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    key(Qt::Key_I, Qt::ControlModifier);
    CHECK(focused()->objectName() == QStringLiteral("applicantIdEdit"));
    type(kId);
    key(Qt::Key_Tab);
    CHECK(focused()->objectName() == QStringLiteral("applicantNameEdit"));
    type(QStringLiteral("王芳"));
    key(Qt::Key_M, Qt::ControlModifier);
    type(QStringLiteral("spjyxkxb")); // 食品经营许可（新办）
    key(Qt::Key_Return);
    INFO("focus on " << focused()->metaObject()->className() << " " << focused()->objectName().toStdString());
    REQUIRE(focused()->objectName().startsWith(QStringLiteral("situation_")));
}

// Each question answered with Down (its first answer) and Return, which goes on to the next one and after
// the last to the checklist.
int answerAllByKeys()
{
    int answered = 0;
    while (focused()->objectName().startsWith(QStringLiteral("situation_"))) {
        auto *box = qobject_cast<QComboBox *>(focused());
        REQUIRE(box);
        REQUIRE(box->currentIndex() == 0); // unanswered: Return went to a question still open
        key(Qt::Key_Down);
        CHECK(box->currentIndex() == 1);
        key(Qt::Key_Return);
        REQUIRE(++answered < 20);
    }
    REQUIRE(focused()->objectName() == QStringLiteral("checklistView"));
    return answered;
}

// Space on each row `take` wants, Down between rows; the rows not asked of the applicant are passed by.
void tickByKeys(CounterWindow &w, const std::function<bool(const ChecklistLine &)> &take)
{
    auto *view = qobject_cast<QTableView *>(focused());
    REQUIRE(view);
    const ChecklistModel *model = w.window->intakePage()->checklistModel();
    REQUIRE(view->currentIndex().row() == 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        const ChecklistLine &line = model->checklist().lines.at(row);
        if (line.askedOfApplicant() && take(line))
            key(Qt::Key_Space);
        if (row + 1 < model->rowCount())
            key(Qt::Key_Down);
    }
}

[[nodiscard]] owtest::ModalAnswer confirmByReturn()
{
    return whenModal([](QWidget *modal) {
        REQUIRE(modal->objectName() == QStringLiteral("decisionConfirmDialog"));
        QTest::keyClick(modal, Qt::Key_Return); // Yes is the default button
    });
}

Case onlyCase(CounterWindow &w)
{
    const QList<Case> cases = CaseRepository(w.db).search({}, 10);
    REQUIRE(cases.size() == 1);
    return cases.first();
}

} // namespace

TEST_CASE("after the matter the focus is on its first question, and Tab leaves the checklist for the buttons")
{
    CounterWindow w;
    startByKeys(w);
    CHECK(answerAllByKeys() >= 1);
    key(Qt::Key_Tab);
    CHECK(qobject_cast<QPushButton *>(focused()) != nullptr); // not the next cell of the table
    key(Qt::Key_L, Qt::ControlModifier);
    CHECK(focused()->objectName() == QStringLiteral("checklistView"));
    key(Qt::Key_Q, Qt::ControlModifier);
    CHECK(focused()->objectName().startsWith(QStringLiteral("situation_")));
}

TEST_CASE("each of the four decisions is taken from the keyboard alone")
{
    const auto [decision, keyOfDecision] = GENERATE(table<Decision, Qt::Key>({
        {Decision::Accept, Qt::Key_1},
        {Decision::AcceptWithDeficiency, Qt::Key_2},
        {Decision::OneTimeNotice, Qt::Key_3},
        {Decision::NotAccepted, Qt::Key_4},
    }));
    INFO("decision " << decisionKey(decision).toStdString());
    CounterWindow w;
    startByKeys(w);
    answerAllByKeys();
    const Decision chosen = decision; // a structured binding cannot be captured (C++20, clang 14)
    tickByKeys(w, [chosen](const ChecklistLine &line) {
        switch (chosen) {
        case Decision::Accept:
        case Decision::NotAccepted: return true;
        case Decision::AcceptWithDeficiency: return line.status != LineStatus::DeficiencyAllowed; // those are owed
        case Decision::OneTimeNotice: return false;
        }
        return false;
    });

    owtest::ModalAnswer confirm;
    owtest::ModalAnswer reason;
    if (decision == Decision::NotAccepted) {
        // The reason is typed, Tab goes to OK and Return presses it; the confirmation follows.
        reason = whenModal([&confirm](QWidget *modal) {
            REQUIRE(modal->objectName() == QStringLiteral("notAcceptReasonDialog"));
            REQUIRE(owtest::waitFor(
                [modal] { return QApplication::focusWidget() && QApplication::focusWidget()->window() == modal; }));
            typeInto(QApplication::focusWidget(), QStringLiteral("经营场所位于居民住宅楼内"));
            // Tab leaves the text for the buttons; the platform's button order decides how many Tabs reach OK.
            auto *box = modal->findChild<QDialogButtonBox *>();
            REQUIRE(box);
            for (int i = 0; i < 4 && QApplication::focusWidget() != box->button(QDialogButtonBox::Ok); ++i)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            REQUIRE(QApplication::focusWidget() == box->button(QDialogButtonBox::Ok));
            confirm = confirmByReturn();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
    } else {
        confirm = confirmByReturn();
    }
    key(keyOfDecision, Qt::ControlModifier);
    // A button's shortcut presses it as the eye would see it: the click comes ~100 ms later.
    REQUIRE(owtest::waitFor([&] { return confirm.answered(); }));

    const Case saved = onlyCase(w);
    CHECK(saved.decision == decision);
    if (decision == Decision::NotAccepted)
        CHECK(saved.reason == QStringLiteral("经营场所位于居民住宅楼内"));
    // Ready for the next applicant, with the focus where the next one starts: the window's focus child (with
    // no window manager offscreen, nothing makes the window active again after the dialog).
    REQUIRE(w.window->focusWidget());
    CHECK(w.window->focusWidget()->objectName() == QStringLiteral("applicantIdEdit"));
}
