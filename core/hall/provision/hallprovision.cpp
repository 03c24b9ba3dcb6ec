#include "core/hall/provision/hallprovision.h"

#include "core/domain/caseids.h"
#include "core/files/privatefiles.h"
#include "core/hall/provision/halltlsfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

#include <array>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

constexpr qint64 MaxTokensFileBytes = 4 * 1024 * 1024;
constexpr QFileDevice::Permissions Readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                              | QFileDevice::ReadOther; // 0644: the hall config holds no secret

QString windowId(int number)
{
    return u"W%1"_s.arg(number, 2, 10, QLatin1Char('0'));
}

QByteArray digestHex(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

bool validDevice(const ProvisionedDevice &d, QString *error)
{
    static const QRegularExpression name(u"^[a-z0-9][a-z0-9-]{0,31}$"_s);
    static const QRegularExpression window(u"^[A-Za-z0-9_-]{1,16}$"_s);
    if (!name.match(d.device).hasMatch()) {
        *error = ProvisionText::tr("A device name is lower-case letters, digits and '-' (at most 32), like counter-03: \"%1\"")
                     .arg(d.device);
        return false;
    }
    static const std::array<QStringView, 4> roles{u"kiosk", u"window", u"board", u"supervisor"};
    if (std::find(roles.begin(), roles.end(), QStringView(d.role)) == roles.end()) {
        *error = ProvisionText::tr("A device's role is kiosk, window, board or supervisor: \"%1\"").arg(d.role);
        return false;
    }
    if ((d.role == u"window"_s) != !d.window.isEmpty() || (!d.window.isEmpty() && !window.match(d.window).hasMatch())) {
        *error = ProvisionText::tr("A window token needs its window (like W03), and only a window token has one.");
        return false;
    }
    return true;
}

QJsonObject tokenEntry(const ProvisionedDevice &d, const QByteArray &token)
{
    QJsonObject o{{u"sha256"_s, QString::fromLatin1(digestHex(token))}, {u"role"_s, d.role}, {u"device"_s, d.device}};
    if (!d.window.isEmpty())
        o.insert(u"window"_s, d.window);
    return o;
}

// Writes a file that must not exist yet, with its mode set before the first byte.
bool writeNew(const QString &path, const QByteArray &bytes, QFileDevice::Permissions mode, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = ProvisionText::tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!file.setPermissions(mode) || file.write(bytes) != bytes.size() || !file.flush()) {
        *error = ProvisionText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.close();
        QFile::remove(path);
        return false;
    }
    return true;
}

QByteArray deviceConfig(const HallPlan &plan, const ProvisionedDevice &d)
{
    const QString role = d.role == u"window"_s ? u"clerk"_s : d.role;
    QString text = u"# %1 of hall %2: copy to /etc/onewindow/onewindow.conf on its PC (onewindowctl config check).\n"_s.arg(
        d.device, plan.code);
    text += u"role = "_s + role + u'\n';
    text += u"hall = "_s + plan.code + u'\n';
    if (!plan.name.isEmpty())
        text += u"hall-name = "_s + plan.name + u'\n';
    if (d.counter > 0)
        text += u"window = "_s + QString::number(d.counter) + u'\n';
    text += u"hall-service = "_s + plan.serviceUrl + u'\n';
    text += u"hall-token-file = /etc/onewindow/hall.token\n"_s;
    if (!plan.tlsHost.isEmpty())
        text += u"ca-file = /etc/onewindow/hall-ca.pem\n"_s;
    return text.toUtf8();
}

QJsonObject hallConfig(const HallPlan &plan)
{
    const auto category = [](const char *id, const QString &name) {
        return QJsonObject{{u"id"_s, QLatin1String(id)}, {u"name"_s, name}};
    };
    QJsonArray windows;
    for (int i = 1; i <= plan.windows; ++i) {
        windows.append(QJsonObject{{u"id"_s, windowId(i)},
                                   {u"name"_s, u"%1号窗口"_s.arg(i)},
                                   {u"comprehensive"_s, true},
                                   {u"services"_s, QJsonArray{QJsonObject{{u"service"_s, u"A"_s}, {u"weight"_s, 2}}, u"E"_s}}});
    }
    // Two services every hall has, to be edited into the hall's own (docs/hall-api.md, "Configuration file").
    QJsonObject config{
        {u"format"_s, u"onewindow-hall/1"_s},
        {u"hall"_s, QJsonObject{{u"code"_s, plan.code}, {u"name"_s, plan.name}, {u"timeZone"_s, plan.timeZone}}},
        {u"policy"_s, QJsonObject{{u"kind"_s, u"weighted"_s}, {u"priorityPerNormal"_s, 2}}},
        {u"priorityCategories"_s, QJsonArray{category("elderly", u"老年人"_s), category("disabled", u"残疾人"_s),
                                             category("pregnant", u"孕妇"_s), category("military", u"军人及退役军人"_s)}},
        {u"services"_s, QJsonArray{QJsonObject{{u"code"_s, u"A"_s}, {u"name"_s, u"综合受理"_s}, {u"dailyLimit"_s, 0}},
                                   QJsonObject{{u"code"_s, u"E"_s}, {u"name"_s, u"出件/咨询"_s}, {u"dailyLimit"_s, 0}}}},
        {u"windows"_s, windows},
        {u"tokens"_s, QJsonArray{}}};
    if (!plan.tlsHost.isEmpty()) {
        config.insert(u"tls"_s,
                      QJsonObject{{u"certificate"_s, u"/etc/onewindow/hall.crt"_s}, {u"key"_s, u"/etc/onewindow/hall.key"_s}});
    }
    return config;
}

QList<ProvisionedDevice> devicesOf(const HallPlan &plan)
{
    QList<ProvisionedDevice> devices;
    for (int i = 1; i <= plan.windows; ++i)
        devices.append({u"counter-%1"_s.arg(i, 2, 10, QLatin1Char('0')), u"window"_s, windowId(i), i, {}, {}});
    for (int i = 1; i <= plan.kiosks; ++i)
        devices.append({u"kiosk-%1"_s.arg(i), u"kiosk"_s, {}, 0, {}, {}});
    for (int i = 1; i <= plan.boards; ++i)
        devices.append({u"board-%1"_s.arg(i), u"board"_s, {}, 0, {}, {}});
    for (int i = 1; i <= plan.supervisors; ++i)
        devices.append({u"supervisor-%1"_s.arg(i), u"supervisor"_s, {}, 0, {}, {}});
    return devices;
}

bool validPlan(const HallPlan &plan, QString *error)
{
    if (!isHallCode(plan.code)) {
        *error = ProvisionText::tr("The hall code is 1 to 16 capital letters and digits: \"%1\"").arg(plan.code);
        return false;
    }
    if (plan.windows < 1 || plan.windows > 99 || plan.kiosks < 0 || plan.kiosks > 99 || plan.boards < 0 || plan.boards > 99
        || plan.supervisors < 0 || plan.supervisors > 99) {
        *error = ProvisionText::tr("A hall has 1 to 99 windows and 0 to 99 kiosks, boards and supervisors.");
        return false;
    }
    const QUrl url(plan.serviceUrl);
    if (!plan.tlsHost.isEmpty() && url.scheme() != u"https"_s) {
        *error = ProvisionText::tr("With TLS the service's address is https://: \"%1\"").arg(plan.serviceUrl);
        return false;
    }
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty()) {
        *error = ProvisionText::tr("The service's address is an http:// or https:// address the PCs can reach: \"%1\"")
                     .arg(plan.serviceUrl);
        return false;
    }
    return true;
}

// The tokens file as it is, refusing what is not one.
bool readTokens(const QString &path, QJsonArray *tokens, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ProvisionText::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.size() > MaxTokensFileBytes) {
        *error = ProvisionText::tr("%1 is larger than a tokens file can be.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject() || !document.object().value(u"tokens"_s).isArray()) {
        *error = ProvisionText::tr("%1 is not a tokens file ({\"tokens\": [...]}).").arg(QDir::toNativeSeparators(path));
        return false;
    }
    *tokens = document.object().value(u"tokens"_s).toArray();
    return true;
}

// Replaces the tokens file at once (a crash leaves the old one or the new one, never half), keeping its mode,
// owner and group: the service reads it through its group.
bool replaceTokens(const QString &path, const QJsonArray &tokens, QString *error)
{
    const QFileInfo before(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(before.permissions())) {
        *error = ProvisionText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if ((before.ownerId() != ::geteuid() || before.groupId() != ::getegid())
        && ::fchown(int(file.handle()), before.ownerId(), before.groupId()) != 0) {
        file.cancelWriting();
        *error = ProvisionText::tr("Cannot keep the owner and group of %1: run this as its owner or as root.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    file.write(QJsonDocument(QJsonObject{{u"tokens"_s, tokens}}).toJson());
    if (!file.commit()) {
        *error = ProvisionText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

QByteArray newDeviceToken()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.data()), sizeof words)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool initHall(const HallPlan &plan, const QString &folder, HallInitResult *result, QString *error)
{
    if (!validPlan(plan, error))
        return false;
    const QDir dir(folder);
    for (const QString &name : {u"hall.json"_s, u"hall-tokens.json"_s, u"devices"_s, u"enrolment.txt"_s, u"tls"_s}) {
        if (QFileInfo::exists(dir.filePath(name))) {
            *error = ProvisionText::tr("%1 already holds a hall (%2): nothing was changed. Choose an empty folder.")
                         .arg(QDir::toNativeSeparators(folder), name);
            return false;
        }
    }
    if (!PrivateFiles::makeFolder(dir.filePath(u"devices"_s))) {
        *error = ProvisionText::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir.filePath(u"devices"_s)));
        return false;
    }
    if (!plan.tlsHost.isEmpty() && !makeHallTls(plan.code, plan.tlsHost, {}, dir.filePath(u"tls"_s), nullptr, error))
        return false;
    QList<ProvisionedDevice> devices = devicesOf(plan);
    QJsonArray tokens;
    for (ProvisionedDevice &d : devices) {
        const QByteArray token = newDeviceToken();
        d.tokenFile = dir.filePath(u"devices/%1.token"_s.arg(d.device));
        d.configFile = dir.filePath(u"devices/%1.conf"_s.arg(d.device));
        if (!writeNew(d.tokenFile, token + '\n', PrivateFiles::FileMode, error)
            || !writeNew(d.configFile, deviceConfig(plan, d), Readable, error))
            return false;
        tokens.append(tokenEntry(d, token));
    }
    const QString sheet = enrolmentSheet(plan, folder, devices);
    if (!writeNew(dir.filePath(u"hall.json"_s), QJsonDocument(hallConfig(plan)).toJson(), Readable, error)
        || !writeNew(dir.filePath(u"hall-tokens.json"_s), QJsonDocument(QJsonObject{{u"tokens"_s, tokens}}).toJson(),
                     PrivateFiles::FileMode, error)
        || !writeNew(dir.filePath(u"enrolment.txt"_s), sheet.toUtf8(), PrivateFiles::FileMode, error))
        return false;
    if (result)
        *result = {devices, sheet};
    return true;
}

bool addHallDevice(const QString &tokensFile, const QString &tokenFolder, ProvisionedDevice *device, QString *error)
{
    if (!validDevice(*device, error))
        return false;
    QJsonArray tokens;
    if (!readTokens(tokensFile, &tokens, error))
        return false;
    for (const QJsonValue &t : std::as_const(tokens)) {
        if (t.toObject().value(u"device"_s).toString() == device->device) {
            *error = ProvisionText::tr("%1 already has a token: revoke it first to give it a new one.").arg(device->device);
            return false;
        }
    }
    if (!PrivateFiles::makeFolder(tokenFolder)) {
        *error = ProvisionText::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(tokenFolder));
        return false;
    }
    const QByteArray token = newDeviceToken();
    device->tokenFile = QDir(tokenFolder).filePath(device->device + u".token"_s);
    if (!writeNew(device->tokenFile, token + '\n', PrivateFiles::FileMode, error))
        return false;
    tokens.append(tokenEntry(*device, token));
    if (!replaceTokens(tokensFile, tokens, error)) {
        QFile::remove(device->tokenFile); // a token the service will never know is no use to anyone
        return false;
    }
    return true;
}

bool revokeHallDevice(const QString &tokensFile, const QString &device, int *removed, QString *error)
{
    QJsonArray tokens;
    if (!readTokens(tokensFile, &tokens, error))
        return false;
    QJsonArray kept;
    for (const QJsonValue &t : std::as_const(tokens)) {
        if (t.toObject().value(u"device"_s).toString() != device)
            kept.append(t);
    }
    const int count = int(tokens.size() - kept.size());
    if (count == 0) {
        *error =
            ProvisionText::tr("%1 has no token in %2: nothing was changed.").arg(device, QDir::toNativeSeparators(tokensFile));
        return false;
    }
    if (!replaceTokens(tokensFile, kept, error))
        return false;
    if (removed)
        *removed = count;
    return true;
}

QString enrolmentSheet(const HallPlan &plan, const QString &folder, const QList<ProvisionedDevice> &devices)
{
    const QString dir = QDir::toNativeSeparators(QDir(folder).absolutePath());
    QString s = ProvisionText::tr("Hall %1 %2: %3 devices, the service at %4")
                    .arg(plan.code, plan.name)
                    .arg(devices.size())
                    .arg(plan.serviceUrl)
                + u"\n\n"_s;
    s += ProvisionText::tr("On the server PC (the onewindow-hall package):") + u'\n';
    s += u"  sudo install -d -m 0750 -g onewindow-hall /etc/onewindow\n"_s;
    s += u"  sudo install -m 0640 -g onewindow-hall %1/hall.json /etc/onewindow/hall.json\n"_s.arg(dir);
    s += u"  sudo install -m 0640 -g onewindow-hall %1/hall-tokens.json /etc/onewindow/hall-tokens.json\n"_s.arg(dir);
    if (!plan.tlsHost.isEmpty()) {
        s += u"  sudo install -m 0644 %1/tls/hall.crt /etc/onewindow/hall.crt\n"_s.arg(dir);
        s += u"  sudo install -m 0640 -g onewindow-hall %1/tls/hall.key /etc/onewindow/hall.key\n"_s.arg(dir);
    }
    s += u"  sudo systemctl enable --now onewindow-hall onewindow-hall-backup.timer\n\n"_s;
    s += ProvisionText::tr("On each PC (the onewindow package), its two files, readable only by the account that runs "
                           "onewindow (USER below stands for it):")
         + u'\n';
    for (const ProvisionedDevice &d : devices) {
        const QString where = d.window.isEmpty() ? d.role : d.role + u' ' + d.window;
        s += u"  %1 (%2)\n"_s.arg(d.device, where);
        s += u"    sudo install -m 0600 -o USER %1 /etc/onewindow/hall.token\n"_s.arg(QDir::toNativeSeparators(d.tokenFile));
        s += u"    sudo install -m 0644 %1 /etc/onewindow/onewindow.conf\n"_s.arg(QDir::toNativeSeparators(d.configFile));
        if (!plan.tlsHost.isEmpty())
            s += u"    sudo install -m 0644 %1/tls/hall-ca.pem /etc/onewindow/hall-ca.pem\n"_s.arg(dir);
    }
    s += u'\n'
         + ProvisionText::tr("Then delete the devices folder here: a token belongs on its PC only. A lost or stolen PC: "
                             "onewindowctl hall revoke-device --tokens /etc/onewindow/hall-tokens.json --device NAME, then "
                             "restart the service.")
         + u'\n';
    if (!plan.tlsHost.isEmpty())
        s += ProvisionText::tr("The service's certificate is valid for 825 days; onewindowctl hall tls then makes a new "
                               "hall CA and certificate, and the new hall-ca.pem goes to every PC.")
             + u'\n';
    return s;
}

} // namespace ow
