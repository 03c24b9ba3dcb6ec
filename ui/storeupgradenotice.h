#pragma once
// Shown while the window's database is upgraded to this program's schema at start (Database::setBeforeUpgrade).
// On a counter PC that holds years of cases an upgrade can take a minute (migration 0016: 34 s at a million
// cases), and a window that shows nothing for that long looks hung and gets switched off.

#include <QWidget>

class QLabel;

namespace ow {

class StoreUpgradeNotice : public QWidget
{
    Q_OBJECT

public:
    explicit StoreUpgradeNotice(QWidget *parent = nullptr);

    // Says what is being upgraded and shows it painted at once: the upgrade that follows holds the event loop.
    void showUpgrade(int fromSchema, int toSchema);
    QString text() const;

private:
    QLabel *m_text;
};

} // namespace ow
