#include "tests/ui/counterwindow.h"
#include "ui/account/signindialog.h"
#include "ui/storeupgradenotice.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ow;

TEST_CASE("signing in with the demo clerk's password works, and three wrong passwords lock the account")
{
    owtest::CounterWindow w;
    SignInPolicy policy;
    policy.hashIterations = owtest::FastHashIterations;
    Accounts accounts(w.db, *w.audit, policy);
    SignInDialog dialog(accounts, QStringLiteral("XH"), 3);
    dialog.show();
    auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("signInMessageLabel"));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
    REQUIRE(user);
    REQUIRE(password);
    QTest::keyClicks(user, QStringLiteral("demo"));
    for (int i = 0; i < 3; ++i) {
        QTest::keyClicks(password, QStringLiteral("wrong-password"));
        QTest::mouseClick(button, Qt::LeftButton);
        CHECK(dialog.isVisible());
        CHECK(password->text().isEmpty()); // never left in the field
    }
    CHECK(message->text().contains(QStringLiteral("wrong")));
    QTest::keyClicks(password, QString::fromLatin1(DemoClerk.password));
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(dialog.result() != QDialog::Accepted); // still locked
    CHECK(accounts.find(QStringLiteral("demo"))->lockedUntil.isValid());

    REQUIRE(accounts.unlock(QStringLiteral("demo"), nullptr));
    QTest::keyClicks(password, QString::fromLatin1(DemoClerk.password));
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.account().username == QStringLiteral("demo"));
}

TEST_CASE("a store being upgraded at start shows the clerk a notice until the upgrade is done")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("window.sqlite"));
    {
        Database db;
        QList<Migration> older = Migrations::builtIn();
        older.removeLast(); // the store an earlier release left
        REQUIRE(db.open(path, older));
    }
    Database db;
    std::unique_ptr<StoreUpgradeNotice> notice;
    bool shownDuringUpgrade = false;
    QString text;
    db.setBeforeUpgrade([&](int from, int to) {
        notice = std::make_unique<StoreUpgradeNotice>();
        notice->showUpgrade(from, to);
        shownDuringUpgrade = notice->isVisible(); // painted before the first statement of the upgrade
        text = notice->text();
    });
    REQUIRE(db.open(path));
    CHECK(shownDuringUpgrade);
    CHECK(text.contains(QString::number(Migrations::latestVersion() - 1)));
    CHECK(text.contains(QString::number(Migrations::latestVersion())));
    CHECK(text.contains(QStringLiteral("do not switch the computer off")));
}
