#include "core/text/csvcell.h"

using namespace Qt::StringLiterals;

namespace ow::Csv {

bool startsLikeFormula(const QString &value)
{
    static const QString triggers = u"=+-@\t\r"_s;
    return !value.isEmpty() && triggers.contains(value.front());
}

QString cell(const QString &value)
{
    // A negative figure ("-3") becomes the text '-3 as well: no exception for numbers, since an
    // attacker would aim at the exception ("-1+cmd|' /C calc'!A0" starts like one).
    const bool neutralise = startsLikeFormula(value);
    QString text = neutralise ? u'\'' + value : value;
    bool quote = neutralise;
    for (QChar c : std::as_const(text)) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return text;
    text.replace(u"\""_s, u"\"\""_s);
    return u'"' + text + u'"';
}

QString row(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &c : cells)
        fields.append(cell(c));
    return fields.join(u',') + u"\r\n"_s;
}

} // namespace ow::Csv
