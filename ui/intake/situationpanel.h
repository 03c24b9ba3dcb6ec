#pragma once
// The situation questions of the chosen matter(s): one choice each; the checklist follows the answers.
// Keyboard: arrows choose an answer, Return goes on to the next unanswered question, and after the last
// one to the checklist (finished()).

#include "core/domain/matter.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QFormLayout;

namespace ow {

class SituationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SituationPanel(QWidget *parent = nullptr);

    // Rebuilds the questions, keeping answers to questions that are still asked.
    void setSituations(const QList<Situation> &situations);
    QMap<QString, QString> answers() const;
    // Answers a question as the clerk would (for tests and for restoring a session).
    bool answer(const QString &situationId, const QString &optionId);
    // Focuses the first question without an answer (or the first question when all are answered); false
    // when there is no question at all.
    bool focusFirstUnanswered();
    bool hasUnanswered() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void answersChanged(const QMap<QString, QString> &answers);
    // Return was pressed on the last question, or on one after which none is left unanswered.
    void finished();

private:
    QFormLayout *m_form;
    QList<QPair<QString, QComboBox *>> m_boxes;
};

} // namespace ow
