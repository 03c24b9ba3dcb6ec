#pragma once
// For widget tests: answering the next modal dialog as a person would.

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace owtest {

// Runs `act` on the next modal dialog that opens (a confirmation, an input dialog, the transfer dialog);
// call before the click that opens it.
inline void whenModal(std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        }
    });
    timer->start();
}

} // namespace owtest
