#pragma once
// The checklist table, keyboard first: arrows move, Space ticks or unticks the current material. Tab leaves
// the table for the decision buttons (it does not walk its cells), and entering it lands on the first row.

#include <QTableView>

namespace ow {

class ChecklistView : public QTableView
{
    Q_OBJECT

public:
    explicit ChecklistView(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
};

} // namespace ow
