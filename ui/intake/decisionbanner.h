#pragma once
// One line, always visible, that says what the rules allow right now: accept, accept with materials to
// follow, or a one-time notice, with the dates that go with it. Colour backs the words, never replaces them.

#include "core/intake/checklist.h"

#include <QLabel>

namespace ow {

class DecisionBanner : public QLabel
{
    Q_OBJECT

public:
    explicit DecisionBanner(QWidget *parent = nullptr);

    void showEvaluation(const Evaluation &evaluation, int promisedWorkingDays);
    void showMessage(const QString &text, bool problem);
    void showIdle();
};

} // namespace ow
