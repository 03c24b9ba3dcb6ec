#include "core/hall/server/hallconfig.h"

#include "core/domain/enumkeys.h"
#include "core/hall/protocol/halltext.h"
#include "core/json/jsonreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// The roles as the tokens file names them.
constexpr EnumKeys<HallRole, 4> kRoleNames{{
    {HallRole::Kiosk, u"kiosk"},
    {HallRole::Window, u"window"},
    {HallRole::Board, u"board"},
    {HallRole::Supervisor, u"supervisor"},
}};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The digests of the built-in demo hall's tokens: they are public (in the sources and the docs), so a config
// that lists one in its sha256 form is as open as one that lists the plain "demo-" token.
const QSet<QByteArray> &demoDigests()
{
    static const QSet<QByteArray> digests = [] {
        QSet<QByteArray> set;
        QFile file(u":/onewindow/hall/demo-hall.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return set;
        const QJsonArray tokens = QJsonDocument::fromJson(file.readAll()).object().value(u"tokens"_s).toArray();
        for (const QJsonValue &t : tokens) {
            const QString plain = t.toObject().value(u"token"_s).toString();
            if (!plain.isEmpty())
                set.insert(HallConfig::digest(plain.toUtf8()));
        }
        return set;
    }();
    return digests;
}

bool readTokens(JsonReader &r, const QueueConfig &queue, QList<HallToken> *out, bool *demo)
{
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    const QJsonArray array = r.array(u"tokens", {.maxItems = 10000});
    QList<HallToken> tokens;
    bool anyDemo = false;
    for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
        const QString where = r.pathOf(u"tokens", i);
        JsonReader o = r.item(u"tokens", array, i);
        HallToken t;
        const QString plain = o.string(u"token", {.maxLength = 1024});
        const QString hashed = o.string(u"sha256", {.maxLength = 64}).toLower();
        const QString role = o.string(u"role", {.maxLength = 32});
        t.device.windowId = o.string(u"window", {.maxLength = 64});
        const QString device = o.string(u"device", {.maxLength = 200});
        if (!o.ok())
            return false;
        if (!plain.isEmpty()) {
            if (plain.size() < 12) {
                o.fail(HallText::tr("%1.token must have at least 12 characters.").arg(where));
                return false;
            }
            t.sha256 = HallConfig::digest(plain.toUtf8());
            anyDemo = anyDemo || plain.startsWith(u"demo-"_s);
        } else if (hex.match(hashed).hasMatch()) {
            t.sha256 = hashed.toLatin1();
            anyDemo = anyDemo || demoDigests().contains(t.sha256);
        } else {
            o.fail(HallText::tr("%1 needs a token or its sha256 (64 hex digits).").arg(where));
            return false;
        }
        if (!enumFromKey(kRoleNames, role, &t.device.role)) {
            o.fail(HallText::tr("%1.role must be kiosk, window, board or supervisor.").arg(where));
            return false;
        }
        if (t.device.role == HallRole::Window && !queue.window(t.device.windowId)) {
            o.fail(HallText::tr("%1: a window token needs the id of a configured window.").arg(where));
            return false;
        }
        if (t.device.role != HallRole::Window)
            t.device.windowId.clear();
        t.device.device =
            o.has(u"device") ? device : (t.device.windowId.isEmpty() ? role + QString::number(i) : t.device.windowId);
        for (const HallToken &other : std::as_const(tokens)) {
            if (other.sha256 == t.sha256) {
                o.fail(HallText::tr("%1: the same token is listed twice.").arg(where));
                return false;
            }
        }
        tokens.append(t);
    }
    if (!r.ok())
        return false;
    *out = tokens;
    *demo = anyDemo;
    return true;
}

QJsonObject readObject(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, HallText::tr("Cannot read %1: %2").arg(path, file.errorString()));
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!doc.isObject()) {
        fail(error, HallText::tr("%1 is not a JSON object: %2 (at byte %3)").arg(path, parse.errorString()).arg(parse.offset));
        return {};
    }
    return doc.object();
}

} // namespace

QString hallRoleName(HallRole role)
{
    return enumKey(kRoleNames, role);
}

QString HallDevice::actor() const
{
    return hallRoleName(role) + u':' + device;
}

QByteArray HallConfig::digest(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

bool HallConfig::fromJson(const QJsonObject &root, HallConfig *out, QString *error)
{
    HallConfig c;
    if (!QueueConfig::fromJson(root, &c.queue, error))
        return false;
    JsonReader r(root);
    readTokens(r, c.queue, &c.tokens, &c.demoTokens);
    if (r.ok())
        c.bookings.read(r, c.queue);
    JsonReader tls = r.object(u"tls");
    c.tlsCertificate = tls.string(u"certificate", {.maxLength = 4096, .trim = true});
    c.tlsKey = tls.string(u"key", {.maxLength = 4096, .trim = true});
    if (r.ok() && c.tlsCertificate.isEmpty() != c.tlsKey.isEmpty())
        r.fail(HallText::tr("\"tls\" needs both \"certificate\" and \"key\" (PEM files)."));
    return r.finish(out, std::move(c), error);
}

bool HallConfig::loadFile(const QString &path, HallConfig *out, QString *error)
{
    QString detail;
    const QJsonObject root = readObject(path, &detail);
    if (root.isEmpty())
        return fail(error, detail);
    if (!fromJson(root, out, &detail))
        return fail(error, path + u": "_s + detail);
    return true;
}

bool HallConfig::loadTokensFile(const QString &path, QString *error)
{
    QString detail;
    const QJsonObject root = readObject(path, &detail);
    if (root.isEmpty())
        return fail(error, detail);
    if (!root.value(u"tokens"_s).isArray())
        return fail(error, HallText::tr("%1 has no \"tokens\" array.").arg(path));
    JsonReader r(root);
    if (!readTokens(r, queue, &tokens, &demoTokens))
        return fail(error, path + u": "_s + r.error());
    return true;
}

HallConfig HallConfig::demo()
{
    HallConfig c;
    QString error;
    if (!loadFile(u":/onewindow/hall/demo-hall.json"_s, &c, &error))
        qFatal("the built-in demo hall is broken: %s", qPrintable(error)); // a build error, caught by the tests
    return c;
}

} // namespace ow
