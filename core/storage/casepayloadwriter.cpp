// The case payload written straight to compact JSON text. The outbox stores one per decision, and building
// it as a QJsonObject tree and serialising that was a fifth of a decision's CPU time. The output is the
// same bytes QJsonDocument(casePayload(c, a)).toJson(Compact) gives (keys in the same sorted order, the
// same escapes); tests/unit/storage/test_casepayloadwriter.cpp holds the two together.
#include "core/domain/case.h"
#include "core/storage/matterjson.h"
#include "core/storage/statement.h"

#include <QStringEncoder>

#include <string>

using namespace Qt::StringLiterals;

namespace ow::MatterJson {

namespace {

// Appends JSON values to one buffer; the caller writes keys in QJsonObject's order (sorted).
class CompactWriter
{
public:
    explicit CompactWriter(qsizetype room) { m_out.reserve(std::size_t(room)); } // no reallocation while writing
    QByteArray take() const { return QByteArray(m_out.data(), qsizetype(m_out.size())); }

    void beginObject()
    {
        separate();
        m_out += '{';
        m_first = true;
    }
    void endObject()
    {
        m_out += '}';
        m_first = false;
    }
    void beginArray()
    {
        separate();
        m_out += '[';
        m_first = true;
    }
    void endArray()
    {
        m_out += ']';
        m_first = false;
    }

    void key(const char *name)
    {
        separate();
        m_out += '"';
        m_out += name;
        m_out += "\":";
        m_first = true; // the value follows without a comma
    }
    void key(const QString &name) // a key from data: escaped like any string
    {
        separate();
        writeString(name);
        m_out += ':';
        m_first = true;
    }
    void string(const QString &s)
    {
        separate();
        writeString(s);
    }
    void integer(qint64 v)
    {
        separate();
        m_out += std::to_string(v);
    }
    void boolean(bool v)
    {
        separate();
        m_out += v ? "true" : "false";
    }
    void null()
    {
        separate();
        m_out += "null";
    }

    // A key and its value; the forms casePayload uses (null for an empty optional text or an invalid date).
    void text(const char *name, const QString &s)
    {
        key(name);
        string(s);
    }
    void optionalText(const char *name, const QString &s)
    {
        key(name);
        s.isEmpty() ? null() : string(s);
    }
    void number(const char *name, qint64 v)
    {
        key(name);
        integer(v);
    }
    void flag(const char *name, bool v)
    {
        key(name);
        boolean(v);
    }
    // ISO dates and times are ASCII digits and punctuation: nothing to escape. Same text as Qt's ISODate
    // and ISODateWithMs (sql::isoDate, sql::isoUtcDateTime; test_decisionpages holds them together).
    void date(const char *name, const QDate &d)
    {
        key(name);
        d.isValid() ? ascii(sql::isoDate(d)) : null();
    }
    void time(const char *name, const QDateTime &t)
    {
        key(name);
        t.isValid() ? ascii(sql::isoUtcDateTime(t)) : null();
    }

private:
    void ascii(const QByteArray &text)
    {
        separate();
        m_out += '"';
        m_out.append(text.constData(), std::size_t(text.size()));
        m_out += '"';
    }

    void separate()
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
    }

    static char hexDigit(uint v) { return char(v < 10 ? '0' + v : 'a' + v - 10); }

    void escapeUnit(char16_t u)
    {
        m_out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            m_out += hexDigit((u >> shift) & 0xf);
    }

    // Qt's rules (qjsonwriter.cpp): " \ and controls escaped (short forms where JSON has them), other text
    // as UTF-8, a lone surrogate as \uXXXX. Runs of characters that need none of this (most of a payload,
    // Chinese names included) are converted to UTF-8 in one go.
    void writeString(const QString &s)
    {
        m_out += '"';
        const char16_t *p = reinterpret_cast<const char16_t *>(s.utf16());
        const char16_t *end = p + s.size();
        while (p != end) {
            const char16_t *run = p;
            while (p != end && plain(*p))
                ++p;
            if (p != run)
                appendUtf8(QStringView(run, p));
            if (p == end)
                break;
            const char16_t u = *p++;
            switch (u) {
            case u'"': m_out += "\\\""; break;
            case u'\\': m_out += "\\\\"; break;
            case u'\b': m_out += "\\b"; break;
            case u'\f': m_out += "\\f"; break;
            case u'\n': m_out += "\\n"; break;
            case u'\r': m_out += "\\r"; break;
            case u'\t': m_out += "\\t"; break;
            default:
                if (u < 0x20) {
                    m_out += "\\u00";
                    m_out += hexDigit(u >> 4);
                    m_out += hexDigit(u & 0xf);
                } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
                    const char32_t c = QChar::surrogateToUcs4(u, *p++);
                    m_out += char(0xf0 | (c >> 18));
                    m_out += char(0x80 | ((c >> 12) & 0x3f));
                    m_out += char(0x80 | ((c >> 6) & 0x3f));
                    m_out += char(0x80 | (c & 0x3f));
                } else {
                    escapeUnit(u); // a lone surrogate
                }
            }
        }
        m_out += '"';
    }

    static bool plain(char16_t u) { return u >= 0x20 && u != u'"' && u != u'\\' && !QChar::isSurrogate(u); }

    void appendUtf8(QStringView run)
    {
        const std::size_t used = m_out.size();
        m_out.resize(used + std::size_t(m_encoder.requiredSpace(run.size())));
        char *end = m_encoder.appendToBuffer(m_out.data() + used, run);
        m_out.resize(std::size_t(end - m_out.data()));
    }

    std::string m_out; // std::string: its appends are inlined, QByteArray's are calls
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    bool m_first = true;
};

} // namespace

QByteArray stringListText(const QStringList &list)
{
    CompactWriter w(64);
    w.beginArray();
    for (const QString &s : list)
        w.string(s);
    w.endArray();
    return w.take();
}

QByteArray stringMapText(const QMap<QString, QString> &map)
{
    CompactWriter w(128);
    w.beginObject();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        w.key(it.key());
        w.string(it.value());
    }
    w.endObject();
    return w.take();
}

QByteArray casePayloadText(const Case &c, const Applicant &applicant)
{
    CompactWriter w(4096); // a payload with a dozen materials
    w.beginObject();
    w.key("answers");
    w.beginObject();
    for (auto it = c.answers.cbegin(); it != c.answers.cend(); ++it) {
        const QByteArray name = it.key().toUtf8();
        // Situation ids are catalog words ([a-z0-9_-]); anything else goes through the general path.
        const bool plain = std::all_of(name.cbegin(), name.cend(),
                                       [](char ch) { return ch >= 0x20 && ch != '"' && ch != '\\' && uchar(ch) < 0x80; });
        if (!plain)
            return canonical(casePayload(c, applicant));
        w.key(name.constData());
        w.string(it.value());
    }
    w.endObject();
    w.key("applicant");
    w.beginObject();
    w.text("address", applicant.address);
    w.text("id", applicant.id);
    w.text("idNumber", applicant.idNumber);
    w.text("kind", applicantKindKey(applicant.kind));
    w.text("legalRepresentative", applicant.legalRepresentative);
    w.text("name", applicant.name);
    w.text("phone", applicant.phone);
    w.endObject();
    w.optionalText("bundleCode", c.bundleCode);
    w.text("caseNumber", c.caseNumber);
    w.text("clerk", c.clerk);
    w.number("collectedCount", c.collectedCount);
    w.time("createdAt", c.createdAt);
    w.text("decision", decisionKey(c.decision));
    w.text("format", QString::fromUtf16(CasePayloadFormat));
    w.text("hallCode", c.hallCode);
    w.text("id", c.id);
    w.number("listedCount", c.listedCount);
    w.key("materials");
    w.beginArray();
    for (const CaseMaterial &m : c.materials) {
        w.beginObject();
        w.text("kind", m.kind);
        w.key("matterCodes");
        w.beginArray();
        for (const QString &code : m.matterCodes)
            w.string(code);
        w.endArray();
        w.text("name", m.name);
        w.flag("received", m.received);
        w.date("receivedOn", m.receivedOn);
        w.text("status", lineStatusKey(m.status));
        w.date("validUntil", m.validUntil);
        w.endObject();
    }
    w.endArray();
    w.key("matters");
    w.beginArray();
    for (const auto &[code, version] : c.matters) {
        w.beginObject();
        w.text("code", code);
        w.number("version", version);
        w.endObject();
    }
    w.endArray();
    w.optionalText("officialNumber", c.officialNumber);
    w.optionalText("previousCaseId", c.previousCaseId);
    w.date("promisedDate", c.promisedDate);
    w.text("queryCode", c.queryCode);
    w.text("reason", c.reason);
    w.number("revision", c.revision);
    w.text("status", caseStatusKey(c.status));
    w.date("supplementDue", c.supplementDue);
    w.number("trips", c.trips);
    w.time("updatedAt", c.updatedAt);
    w.number("window", c.window);
    w.endObject();
    return w.take();
}

} // namespace ow::MatterJson
