#pragma once
// The rating screen's quick comments: a few touch choices ("Quick service", "Waited too long" ...) so an
// applicant can say why without a keyboard. Each is a checkable button; the chosen ones go first in the
// rating's comment. Their font shrinks to fit the width they are given, never the other way round.

#include <QStringList>
#include <QWidget>

class QPushButton;

namespace ow {

class QuickComments : public QWidget
{
    Q_OBJECT

public:
    explicit QuickComments(QWidget *parent = nullptr);

    QStringList chosen() const; // in the order shown
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
