#pragma once
// The situation questions of the chosen matter(s): one choice each; the checklist follows the answers.

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

signals:
    void answersChanged(const QMap<QString, QString> &answers);

private:
    QFormLayout *m_form;
    QList<QPair<QString, QComboBox *>> m_boxes;
};

} // namespace ow
