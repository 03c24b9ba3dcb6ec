#pragma once
// Shared by the hall-face tests of issue 4: finding widgets by name, answering modal dialogs, reading a
// ticket back from the hall, and the hall with a kiosk, a window-3 and a supervisor client.

#include "tests/integration/hall/hallfixture.h"
#include "tests/support/test_support.h"
#include "tests/support/whenmodal.h"
#include "ui/queue/kioskcheckin.h"
#include "ui/queue/kioskwidget.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <functional>
#include <memory>

namespace faces {

template <typename T>
inline T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(w);
    return w;
}

inline QString text(QObject *parent, const QString &name)
{
    return child<QLabel>(parent, name)->text();
}

// The ticket codes of the calling panel's waiting list, top to bottom.
inline QStringList waitingCodes(QWidget *panel)
{
    const QAbstractItemModel *model = child<QAbstractItemView>(panel, QStringLiteral("callingWaitingList"))->model();
    QStringList codes;
    for (int row = 0; row < model->rowCount(); ++row)
        codes << model->index(row, 0).data().toString();
    return codes;
}

using owtest::whenModal;

[[nodiscard]] inline owtest::ModalAnswer confirmNextDialog()
{
    return whenModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        REQUIRE(box);
        box->button(QMessageBox::Yes)->click();
    });
}

inline ow::HallTicket fetch(ow::HallClient &client, const QString &ref)
{
    const ow::HallResult r = owtest::await(client.fetchTicket(ref));
    REQUIRE(r.ok());
    return r.ticket();
}

// The hall, its clients, and the widget under test made before the clients connect (as a program does).
struct Hall {
    owtest::LocalHall hall;
    std::unique_ptr<ow::HallClient> kiosk, window, supervisor;

    Hall()
    {
        REQUIRE(hall.start());
        kiosk = std::make_unique<ow::HallClient>(hall.clientOptions(owtest::kioskToken()));
        window = std::make_unique<ow::HallClient>(hall.clientOptions(owtest::windowToken(3)));
        supervisor = std::make_unique<ow::HallClient>(hall.clientOptions(owtest::supervisorToken()));
    }
    void startAll()
    {
        for (ow::HallClient *c : {kiosk.get(), window.get(), supervisor.get()})
            c->start();
        REQUIRE(owtest::waitFor([&] { return kiosk->isOnline() && window->isOnline() && supervisor->isOnline(); }));
    }
    QString issue(const QString &service)
    {
        const ow::HallResult r = owtest::await(kiosk->issueTicket(service));
        REQUIRE(r.ok());
        return r.ticket().id;
    }
};

// Shows the kiosk, brings the hall's clients online and waits until the kiosk asks for the ID number on
// its elderly check (its first step); returns that step.
inline ow::ElderlyCheck *showAtElderlyCheck(Hall &h, ow::KioskWidget &kiosk)
{
    kiosk.show();
    h.startAll();
    auto *elderly = child<ow::ElderlyCheck>(&kiosk, QStringLiteral("elderlyCheck"));
    REQUIRE(owtest::waitFor([&] { return elderly->isVisible(); }));
    return elderly;
}

} // namespace faces
