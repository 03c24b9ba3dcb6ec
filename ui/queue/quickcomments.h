#pragma once
// The rating screen's quick comments: a few touch choices ("Quick service", "Waited too long" ...) so an
// applicant can say why without a keyboard. Each is a checkable button; the chosen ones go first in the
// rating's comment. Their font shrinks to fit the width they are given, never the other way round.
// The same touch choices, built from other keys and labels, ask why a rating was bad (the reasons).

#include <QStringList>
#include <QWidget>

class QPushButton;

namespace ow {

class QuickComments : public QWidget
{
    Q_OBJECT

public:
    struct Choice {
        QString key;  // what the choice stands for on the wire
        QString text; // what the button says
    };

    explicit QuickComments(QWidget *parent = nullptr); // the quick comments
    // Other choices; the buttons are named namePrefix + "_" + key ("ratingReason_waiting").
    QuickComments(const QList<Choice> &choices, const QString &namePrefix, QWidget *parent = nullptr);

    QStringList chosen() const;     // the texts, in the order shown
    QStringList chosenKeys() const; // the keys, in the order shown
    void clear();
    void setChoicesEnabled(bool enabled);
    // The chosen choices, then the typed text, within maxLength characters (the service's limit).
    QString comment(const QString &typed, int maxLength) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QList<QPushButton *> m_choices;
};

} // namespace ow
