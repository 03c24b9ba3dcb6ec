#pragma once
// What every screenshot of onewindow-screenshots does: let the window settle, capture it, answer the
// dialog a click opens, and start the intake the pictures show.

#include <QString>

class QWidget;

namespace owshots {

// Runs the event loop for ms, so that what was asked for is laid out and painted.
void settle(int ms = 400);

// Captures the whole screen to path.
void shoot(const QString &path);

// Captures one top-level widget whole, also where it is larger than the virtual screen (the board).
void shootWidget(QWidget *widget, const QString &path);

// Answers the next modal dialog with Yes / OK.
void acceptNextDialog();

// Picks an answer to every situation question: the second, or the last.
void answerSituations(QWidget *window, bool last);

// Starts an intake of 食品经营许可（新办） for the applicant, found by its pinyin initials.
void startFoodLicenceIntake(QWidget *window, const QString &idNumber, const QString &name, const QString &phone = {});

} // namespace owshots
