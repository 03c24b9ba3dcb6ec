#include "core/config/counterconfig.h"

#include "core/json/jsonreader.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>

#include <array>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

enum class Kind {
    Text,       // any text up to 200 characters
    Code,       // the hall code: letters, digits and '-', up to 16
    Number,     // a whole number in [min, max]
    Word,       // one of `words`
    Boolean,    // true or false
    Locale,     // a language such as zh_CN or en
    Address,    // an http:// or https:// address with a host
    Path,       // a file or folder the program makes or opens later (the database, the documents folder)
    ReadFile,   // a file that must exist and be readable now
    SecretFile, // a token file: exists, readable, and no one but its owner and group may read it
};

struct Key {
    const char *name;
    Kind kind;
    int min = 0;
    int max = 0;
    const char *words = nullptr; // Word: the words, separated by '|'
};

// The same names as onewindow's options (app/onewindow/commandline.cpp); --demo, --query and
// --new-database are for a session, not for a PC's file.
const std::array<Key, 24> kKeys{{
    {"role", Kind::Word, 0, 0, "clerk|kiosk|board|rating|supervisor"},
    {"hall", Kind::Code},
    {"hall-name", Kind::Text},
    {"window", Kind::Number, 1, 99},
    {"db", Kind::Path},
    {"user", Kind::Text},
    {"calendar", Kind::ReadFile},
    {"lang", Kind::Locale},
    {"print", Kind::Word, 0, 0, "archive|preview|printer"},
    {"documents", Kind::Path},
    {"query-link", Kind::Address},
    {"platform", Kind::Address},
    {"token-file", Kind::SecretFile},
    {"ca-file", Kind::ReadFile},
    {"allow-insecure", Kind::Boolean},
    {"hall-service", Kind::Address},
    {"hall-token-file", Kind::SecretFile},
    {"hall-window", Kind::Code},
    {"ticket-printer", Kind::Path},
    {"voice", Kind::Word, 0, 0, "zh|en|zh+en|en+zh|off"},
    {"kiosk-ticket-seconds", Kind::Number, 3, 120},
    {"retention-payload-days", Kind::Number, 1, 3650},
    {"retention-personal-days", Kind::Number, 1, 3650},
    {"retention-document-days", Kind::Number, 1, 3650},
}};

const Key *keyNamed(const QString &name)
{
    for (const Key &k : kKeys) {
        if (name == QLatin1String(k.name))
            return &k;
    }
    return nullptr;
}

QStringList keyNames()
{
    QStringList names;
    for (const Key &k : kKeys)
        names.append(QLatin1String(k.name));
    return names;
}

// What is wrong with `value` for `key`, in the administrator's words; "" when it is fine.
QString valueProblem(const Key &key, const QString &value)
{
    switch (key.kind) {
    case Kind::Text: return value.size() > 200 ? ConfigText::tr("longer than 200 characters") : QString();
    case Kind::Code: {
        static const QRegularExpression code(u"^[A-Za-z0-9][A-Za-z0-9-]{0,15}$"_s);
        return code.match(value).hasMatch()
                   ? QString()
                   : ConfigText::tr("\"%1\" is not a code of letters, digits and '-' (at most 16)").arg(value);
    }
    case Kind::Number: {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (ok && n >= key.min && n <= key.max)
            return {};
        return ConfigText::tr("\"%1\" is not a whole number from %2 to %3").arg(value).arg(key.min).arg(key.max);
    }
    case Kind::Word: {
        const QStringList words = QString::fromLatin1(key.words).split(u'|');
        return words.contains(value) ? QString() : ConfigText::tr("\"%1\" is none of %2").arg(value, words.join(u", "_s));
    }
    case Kind::Boolean:
        return value == u"true"_s || value == u"false"_s ? QString()
                                                         : ConfigText::tr("\"%1\" is neither true nor false").arg(value);
    case Kind::Locale:
        return QLocale(value).language() == QLocale::C || value.size() > 20
                   ? ConfigText::tr("\"%1\" is not a language such as zh_CN or en").arg(value)
                   : QString();
    case Kind::Address: {
        const QUrl url(value); // tolerant: a query link holds "{code}"
        const QString scheme = url.scheme();
        if (url.isValid() && (scheme == u"http"_s || scheme == u"https"_s) && !url.host().isEmpty())
            return {};
        return ConfigText::tr("\"%1\" is not an http:// or https:// address").arg(value);
    }
    case Kind::Path: return value.size() > 4096 ? ConfigText::tr("longer than 4096 characters") : QString();
    case Kind::ReadFile:
    case Kind::SecretFile: {
        const QFileInfo info(value);
        if (!info.exists())
            return ConfigText::tr("%1 does not exist").arg(value);
        if (!info.isFile() || !info.isReadable())
            return ConfigText::tr("%1 is not a file this user can read").arg(value);
        if (key.kind == Kind::SecretFile && (info.permissions() & (QFileDevice::ReadOther | QFileDevice::WriteOther)))
            return ConfigText::tr("%1 holds a token and others may read it: chmod 600 (or 640 for the program's group)")
                .arg(value);
        return {};
    }
    }
    return {};
}

} // namespace

QString systemCounterConfigPath()
{
    return u"/etc/onewindow/onewindow.conf"_s;
}

QString userCounterConfigPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/onewindow.conf"_s;
}

QList<ConfigProblem> checkCounterConfig(const ConfigFile &file)
{
    QList<ConfigProblem> problems = file.problems;
    QHash<QString, int> seen;
    for (const ConfigEntry &e : file.entries) {
        const Key *key = keyNamed(e.key);
        if (!key) {
            const QString near = closestKey(e.key, keyNames());
            problems.append(
                {file.path, e.line, e.key,
                 near.isEmpty() ? ConfigText::tr("unknown key") : ConfigText::tr("unknown key; did you mean %1?").arg(near)});
            continue;
        }
        if (seen.contains(e.key)) {
            problems.append({file.path, e.line, e.key, ConfigText::tr("already set on line %1").arg(seen.value(e.key))});
            continue;
        }
        seen.insert(e.key, e.line);
        if (e.value.isEmpty())
            continue; // "key =" leaves the setting to the next source
        const QString problem = valueProblem(*key, e.value);
        if (!problem.isEmpty())
            problems.append({file.path, e.line, e.key, problem});
    }
    return problems;
}

CounterConfig loadCounterConfig(const QStringList &paths)
{
    CounterConfig config;
    for (const QString &path : paths) {
        const ConfigFile file = ConfigFile::read(path);
        if (!file.exists)
            continue;
        config.filesRead.append(path);
        config.problems.append(checkCounterConfig(file));
        for (const ConfigEntry &e : file.entries) {
            if (keyNamed(e.key) && !e.value.isEmpty())
                config.values.insert(e.key, e.value);
        }
    }
    return config;
}

} // namespace ow
