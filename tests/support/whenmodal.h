#pragma once
// For widget tests: answering the next modal dialog as a person would.
//
// The answer is a guard that lives in the test's scope. A dialog that never opens (the click did not
// reach the button, the product stopped asking) used to leave a polling timer behind that answered
// whatever dialog the next test opened; now the guard stops its timer when it goes out of scope and
// fails the test that expected the dialog, where the cause is.

#include "tests/support/test_support.h"

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <exception>
#include <functional>
#include <memory>

namespace owtest {

class ModalAnswer
{
public:
    ModalAnswer() = default; // answers nothing: a place to keep an answer set up later (inside another answer)
    explicit ModalAnswer(std::function<void(QWidget *)> act)
        : m_state(std::make_unique<State>())
    {
        State *state = m_state.get(); // stays put when the guard is moved
        state->act = std::move(act);
        state->timer.setInterval(10);
        QObject::connect(&state->timer, &QTimer::timeout, [state] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                state->timer.stop();
                state->answered = true;
                state->act(modal);
            }
        });
        state->timer.start();
    }
    ModalAnswer(ModalAnswer &&) = default;
    ModalAnswer &operator=(ModalAnswer &&other)
    {
        finish();
        m_state = std::move(other.m_state);
        return *this;
    }
    ModalAnswer(const ModalAnswer &) = delete;
    ModalAnswer &operator=(const ModalAnswer &) = delete;
    ~ModalAnswer() { finish(); }

    bool answered() const { return m_state && m_state->answered; }
    // The test learnt that no dialog will come after all: stop waiting without failing.
    void cancel() { m_state.reset(); }

private:
    struct State {
        QTimer timer;
        std::function<void(QWidget *)> act;
        bool answered = false;
    };

    void finish()
    {
        if (!m_state)
            return;
        const bool answered = m_state->answered;
        m_state.reset(); // the timer stops with it
        // After a failed REQUIRE the dialog missing is a consequence, not news.
        if (!answered && std::uncaught_exceptions() == 0)
            FAIL_CHECK("the modal dialog the test was waiting to answer never opened");
    }

    std::unique_ptr<State> m_state;
};

// Runs `act` on the next modal dialog that opens (a confirmation, an input dialog, the transfer dialog);
// call before the click that opens it and keep the answer until the dialog has been dealt with:
//     const auto confirm = whenModal(...); click(...);
[[nodiscard]] inline ModalAnswer whenModal(std::function<void(QWidget *)> act)
{
    return ModalAnswer(std::move(act));
}

} // namespace owtest
