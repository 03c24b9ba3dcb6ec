#include "core/voice/announcement.h"

#include <QRegularExpression>

namespace ow {

std::optional<VoiceLanguages> VoiceLanguages::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("zh"))
        return VoiceLanguages{true, false};
    if (t == QLatin1String("en"))
        return VoiceLanguages{false, true};
    if (t == QLatin1String("zh+en") || t == QLatin1String("en+zh"))
        return VoiceLanguages{true, true};
    if (t == QLatin1String("off"))
        return VoiceLanguages{false, false};
    return std::nullopt;
}

QString VoiceLanguages::toString() const
{
    if (chinese && english)
        return QStringLiteral("zh+en");
    if (chinese)
        return QStringLiteral("zh");
    if (english)
        return QStringLiteral("en");
    return QStringLiteral("off");
}

Announcement Announcement::fromCall(const HallCall &call)
{
    Announcement a;
    a.ticketCode = call.ticket.code;
    a.windowId = call.windowId.isEmpty() ? call.ticket.windowId : call.windowId;
    a.windowName = call.windowName;
    a.recall = call.isRecall();
    return a;
}

QString chineseTicketReading(const QString &code)
{
    // Spoken content, fixed Chinese (see the header): the digits as 汉字 so the synthesizer cannot read
    // "012" as a number.
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    QStringList parts;
    for (const QChar c : code.trimmed()) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            parts << QString(digits.at(c.unicode() - '0'));
        else if (!c.isSpace())
            parts << QString(c.toUpper());
    }
    return parts.join(QLatin1Char(' '));
}

QString englishTicketReading(const QString &code)
{
    // "A, 0 1 2": the comma keeps the letter a letter (a lone "A" before digits is read as the article)
    // and gives the short pause callers make after the service letter.
    QString letters, digits;
    for (const QChar c : code.trimmed()) {
        if (c.isDigit())
            digits += (digits.isEmpty() ? QString() : QStringLiteral(" ")) + c;
        else if (!c.isSpace())
            letters += c.toUpper();
    }
    if (letters.isEmpty())
        return digits;
    if (digits.isEmpty())
        return letters;
    return letters + QStringLiteral(", ") + digits;
}

QString englishWindow(const QString &windowId, const QString &windowName)
{
    static const QRegularExpression number(QStringLiteral("(\\d+)"));
    for (const QString &source : {windowId, windowName}) {
        const QRegularExpressionMatch m = number.match(source);
        if (m.hasMatch())
            return QString::number(m.captured(1).toInt()); // "03" → "3"
    }
    return windowName.isEmpty() ? windowId : windowName;
}

QString chineseWindow(const QString &windowId, const QString &windowName)
{
    // Fixed Chinese spoken content, like the sentence.
    const QString window = QStringLiteral("窗口");
    const QString name = windowName.trimmed();
    if (name.isEmpty())
        return englishWindow(windowId, {}) + QStringLiteral("号") + window;
    const qsizetype at = name.indexOf(window);
    return at > 0 ? name.left(at + window.size()) : name;
}

QString chineseSentence(const Announcement &a)
{
    // Fixed Chinese spoken content (not a UI string): "[再次呼叫，]请 A 零 一 二 号到 3号窗口 办理".
    const QString window = chineseWindow(a.windowId, a.windowName);
    QString s =
        QStringLiteral("请 ") + chineseTicketReading(a.ticketCode) + QStringLiteral(" 号到 ") + window + QStringLiteral(" 办理");
    if (a.recall)
        s.prepend(QStringLiteral("再次呼叫，"));
    return s;
}

QString englishSentence(const Announcement &a)
{
    // Fixed English spoken content, like the Chinese one.
    QString s = QStringLiteral("Number ") + englishTicketReading(a.ticketCode) + QStringLiteral(", please go to window ")
                + englishWindow(a.windowId, a.windowName) + QLatin1Char('.');
    if (a.recall)
        s.prepend(QStringLiteral("Calling again: "));
    return s;
}

QList<SpokenLine> sentences(const Announcement &a, VoiceLanguages languages)
{
    QList<SpokenLine> lines;
    if (languages.chinese)
        lines.append({VoiceLanguage::Chinese, chineseSentence(a)});
    if (languages.english)
        lines.append({VoiceLanguage::English, englishSentence(a)});
    return lines;
}

} // namespace ow
