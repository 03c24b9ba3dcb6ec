#include "tests/tools/shotsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTest>
#include <QTimer>

namespace owshots {

void settle(int ms)
{
    QTest::qWait(ms);
}

void shoot(const QString &path)
{
    settle();
    QApplication::primaryScreen()->grabWindow(0).save(path);
    qInfo("%s", qPrintable(path));
}

void acceptNextDialog()
{
    QTimer::singleShot(300, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
}

void answerSituations(QWidget *window, bool last)
{
    for (QComboBox *box : window->findChildren<QComboBox *>())
        if (box->objectName().startsWith(QStringLiteral("situation_")))
            box->setCurrentIndex(last ? box->count() - 1 : 1);
}

void startFoodLicenceIntake(QWidget *window, const QString &idNumber, const QString &name, const QString &phone)
{
    QTest::keyClicks(window->findChild<QLineEdit *>(QStringLiteral("applicantIdEdit")), idNumber);
    window->findChild<QLineEdit *>(QStringLiteral("applicantNameEdit"))->setText(name);
    if (!phone.isEmpty())
        window->findChild<QLineEdit *>(QStringLiteral("applicantPhoneEdit"))->setText(phone);
    auto *matter = window->findChild<QLineEdit *>(QStringLiteral("intakeMatterEdit"));
    QTest::keyClicks(matter, QStringLiteral("spjyxkxb"));
    QTest::keyClick(matter, Qt::Key_Return);
    answerSituations(window, false);
}

void shootWidget(QWidget *widget, const QString &path)
{
    settle();
    widget->grab().save(path);
    qInfo("%s", qPrintable(path));
}

} // namespace owshots
