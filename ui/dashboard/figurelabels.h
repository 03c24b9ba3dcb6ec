#pragma once
// The figures of a dashboard page (today's decisions, the reform figures): one prominent label a key,
// named "<prefix><key>" so tests find it, and found again by its key when the figures change.

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace ow {

class FigureLabels
{
public:
    // scale: how much larger than the page's text the figures are (1: bold only).
    FigureLabels(QString objectNamePrefix, double scale);

    QLabel *add(const QString &key, const QString &initialText, QWidget *parent);
    QLabel *label(const QString &key) const; // nullptr for a key never added
    QString text(const QString &key) const;  // empty for a key never added
    // A live update sets the same figures each time: only a changed one is repainted.
    void setText(const QString &key, const QString &text) const;

private:
    QString m_prefix;
    double m_scale;
    QHash<QString, QLabel *> m_labels; // owned by their page
};

} // namespace ow
