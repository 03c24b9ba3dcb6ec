#pragma once
// Geometry checks for the hall's faces at a screen's size (issue 16): the window no larger than the screen,
// every visible label and button inside it, and the texts people must read shown whole (measured with
// QFontMetrics against the widget's own width, so an elided or cut-off text fails).

#include <QAbstractButton>
#include <QApplication>
#include <QFontMetrics>
#include <QLabel>
#include <QSize>
#include <QWidget>

#include <catch2/catch.hpp>

namespace faces {

// The two screens the halls bought.
inline const QSize fullHd(1920, 1080);
inline const QSize laptop(1366, 768);

// Lays the face out at exactly the screen's size (offscreen has no such screen: the size is forced, as
// showFullScreen() would on the hall's PC) and lets pending layouts settle.
inline void showAt(QWidget *face, const QSize &screen)
{
    face->setGeometry(QRect(QPoint(0, 0), screen));
    face->show();
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

inline int widestLine(const QFont &font, const QString &text)
{
    const QFontMetrics metrics(font);
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

// A label's text is whole: on one line it is no wider than the label; wrapped, the label is tall enough.
inline bool labelShowsWhole(const QLabel *label)
{
    const QRect room = label->contentsRect();
    if (label->wordWrap())
        return label->heightForWidth(room.width()) <= room.height();
    return widestLine(label->font(), label->text()) <= room.width();
}

// A push button's text is whole: its longest line fits inside the button with the style's padding.
inline bool buttonShowsWhole(const QAbstractButton *button)
{
    const QFontMetrics metrics(button->font());
    const int lines = int(button->text().count(QLatin1Char('\n'))) + 1;
    return widestLine(button->font(), button->text()) <= button->width() - 8 && metrics.height() * lines <= button->height();
}

// The window within the screen, and every visible label and button inside the window and shown whole.
inline void checkFitsScreen(QWidget *face, const QSize &screen)
{
    INFO(face->objectName().toStdString() << " at " << screen.width() << "x" << screen.height());
    CHECK(face->width() <= screen.width());
    CHECK(face->height() <= screen.height());
    CHECK(face->minimumSizeHint().width() <= screen.width());
    CHECK(face->minimumSizeHint().height() <= screen.height());
    const QRect inside = face->rect();
    for (QWidget *w : face->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(face) || !(qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w)))
            continue;
        INFO(w->objectName().toStdString() << " " << w->metaObject()->className());
        const QRect at(w->mapTo(face, QPoint(0, 0)), w->size());
        CHECK(inside.contains(at));
        if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty()) {
            INFO(label->text().toStdString());
            CHECK(labelShowsWhole(label));
        }
        if (auto *button = qobject_cast<QAbstractButton *>(w); button && !button->text().isEmpty()) {
            INFO(button->text().toStdString());
            CHECK(buttonShowsWhole(button));
        }
    }
}

} // namespace faces
