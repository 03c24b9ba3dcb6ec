#pragma once
// What the board says for a call: "请 A 零 一 二 号到 3号窗口办理" and "Number A, 0 1 2, please go to
// window 3.". The sentences are spoken content in a fixed language, not UI text: they do not follow the
// program's locale and are not in the translation catalogue (a Chinese hall speaks Chinese even on a
// board whose menus are English).

#include "core/hall/protocol/hallmodels.h"

#include <QList>
#include <QString>

#include <optional>

namespace ow {

enum class VoiceLanguage { Chinese, English };

// Which sentences an announcement has, in this order: Chinese first (the hall's language), then English.
struct VoiceLanguages {
    bool chinese = true;
    bool english = true;

    bool isOff() const { return !chinese && !english; }
    // "zh", "en", "zh+en" (also "en+zh", same order of speaking) or "off"; anything else: nullopt.
    static std::optional<VoiceLanguages> parse(const QString &text);
    QString toString() const;
};

struct SpokenLine {
    VoiceLanguage language = VoiceLanguage::Chinese;
    QString text;
};

struct Announcement {
    quint64 serial = 0; // given by the Announcer: the order of arrival
    QString ticketCode; // "A012"
    QString windowId;   // "W03"
    QString windowName; // "3号窗口"
    bool recall = false;
    QList<SpokenLine> lines; // filled by sentences()

    static Announcement fromCall(const HallCall &call);
};

// Ticket codes are read one character at a time, the way calling systems do, so "A012" is never heard
// as "A twelve" and "A102" never as "A 一百零二".
QString chineseTicketReading(const QString &code); // "A 零 一 二"
QString englishTicketReading(const QString &code); // "A, 0 1 2"

// The window as an English speaker hears it: the number from the id ("W03" → "3"), else from the
// display name ("3号窗口" → "3"), else the name or id as it is.
QString englishWindow(const QString &windowId, const QString &windowName);

// The window as said in Chinese: the display name up to its "窗口" ("3号窗口 综合受理" → "3号窗口": the
// services are on the board, the ear needs the window), the whole name when it has none, else "N号窗口".
QString chineseWindow(const QString &windowId, const QString &windowName);

QString chineseSentence(const Announcement &a);
QString englishSentence(const Announcement &a);

// The lines of an announcement for the chosen languages.
QList<SpokenLine> sentences(const Announcement &a, VoiceLanguages languages);

} // namespace ow
