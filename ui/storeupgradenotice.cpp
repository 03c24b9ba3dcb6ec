#include "ui/storeupgradenotice.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>

namespace ow {

StoreUpgradeNotice::StoreUpgradeNotice(QWidget *parent)
    : QWidget(parent, Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint),
      m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("storeUpgradeNotice"));
    setWindowTitle(tr("OneWindow"));
    m_text->setWordWrap(true);
    m_text->setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(m_text);
}

void StoreUpgradeNotice::showUpgrade(int fromSchema, int toSchema)
{
    m_text->setText(tr("Updating this window's case store for the new version of OneWindow (schema %1 to %2).\n\n"
                       "This happens once and can take a minute or two on a store of many years. No case is "
                       "lost; please do not switch the computer off. The sign-in follows by itself.")
                        .arg(fromSchema)
                        .arg(toSchema));
    adjustSize();
    show();
    raise();
    // Twice: the first round maps the window, the second paints it.
    QApplication::processEvents();
    QApplication::processEvents();
}

QString StoreUpgradeNotice::text() const
{
    return m_text->text();
}

} // namespace ow
