#include "ui/dashboard/figurelabels.h"

#include "ui/common/prominence.h"

#include <QLabel>

#include <utility>

namespace ow {

FigureLabels::FigureLabels(QString objectNamePrefix, double scale)
    : m_prefix(std::move(objectNamePrefix)),
      m_scale(scale)
{}

QLabel *FigureLabels::add(const QString &key, const QString &initialText, QWidget *parent)
{
    auto *label = new QLabel(initialText, parent);
    label->setObjectName(m_prefix + key);
    makeProminent(label, m_scale);
    m_labels.insert(key, label);
    return label;
}

QLabel *FigureLabels::label(const QString &key) const
{
    return m_labels.value(key);
}

QString FigureLabels::text(const QString &key) const
{
    const QLabel *label = m_labels.value(key);
    return label ? label->text() : QString();
}

void FigureLabels::setText(const QString &key, const QString &text) const
{
    QLabel *label = m_labels.value(key);
    if (label->text() != text)
        label->setText(text);
}

} // namespace ow
