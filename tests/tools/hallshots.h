#pragma once
// The hall queue's faces for onewindow-screenshots (issue 4): the demo hall in-process, a morning's tickets,
// and each face on its own: kiosk (with a booking check-in), board, the counter window with its calling
// panel and the transfer dialog, and the rating screen.

#include "ui/mainwindow.h"

#include <QDir>
#include <QString>

// Writes kiosk, kiosk-checkin, kiosk-checked-in, board, calling-panel, transfer-dialog, rating and
// rating-thanks, each as NAME + suffix + ".png", and board, kiosk and rating at 1920×1080 and 1366×768 as
// NAME-WxH + suffix + ".png"; the hall's database at databasePath. The counter window
// takes its intake from services. False when the hall did not start.
bool shootHall(const ow::WindowServices &services, const ow::WindowStation &station, const QString &databasePath, const QDir &out,
               const QString &suffix);
