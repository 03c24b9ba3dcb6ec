#include "core/files/logredaction.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ow::LogRedaction {

QString redact(const QString &message)
{
    // Cheap first: most log lines hold no run of digits and no secret-shaped word at all.
    static const QRegularExpression anyCandidate(uR"(\d{11}|[Bb]earer|token|password|secret)"_s);
    if (!anyCandidate.match(message).hasMatch())
        return message;
    static const QRegularExpression idNumber(uR"((?<![0-9A-Za-z])\d{17}[0-9Xx](?![0-9A-Za-z]))"_s);
    static const QRegularExpression mobile(uR"((?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z]))"_s);
    static const QRegularExpression bearer(uR"(([Bb]earer\s+)[^\s"',;]+)"_s);
    static const QRegularExpression queryToken(uR"(([?&][A-Za-z_]*(?:token|secret)=)[^&\s"']+)"_s);
    static const QRegularExpression jsonSecret(uR"re(("[A-Za-z_]*(?:token|password|secret)"\s*:\s*")[^"]*)re"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    QString out = message;
    out.replace(idNumber, u"[id]"_s);
    out.replace(mobile, u"[phone]"_s);
    out.replace(bearer, u"\\1[redacted]"_s);
    out.replace(queryToken, u"\\1[redacted]"_s);
    out.replace(jsonSecret, u"\\1[redacted]"_s);
    return out;
}

} // namespace ow::LogRedaction
