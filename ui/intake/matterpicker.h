#pragma once
// Choosing the matter at intake: type 汉字 or pinyin initials, the best matches drop down, Enter takes
// the highlighted one. Bundles (一件事) are offered too.

#include "core/catalog/catalogsearch.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace ow {

class MatterPicker : public QWidget
{
    Q_OBJECT

public:
    explicit MatterPicker(QWidget *parent = nullptr);

    void setCatalog(const CatalogData &catalog);
    void clear();
    void focusSearch();
    QString chosenCode() const { return m_chosen; }
    // Chooses a matter or bundle by code, as if the clerk had picked it.
    bool choose(const QString &code);

signals:
    void chosen(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void takeCurrent();

    CatalogData m_catalog;
    CatalogSearch m_search;
    QLineEdit *m_edit;
    QListWidget *m_hits;
    QLabel *m_chosenLabel;
    QString m_chosen;
};

} // namespace ow
