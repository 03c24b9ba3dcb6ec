#pragma once
// The checklist table, keyboard first: arrows move, Space ticks or unticks the current material.

#include <QTableView>

namespace ow {

class ChecklistView : public QTableView
{
    Q_OBJECT

public:
    explicit ChecklistView(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace ow
