#pragma once
// Typed reads from a QJsonObject that remember the first problem, so fromJson functions read like a list
// of fields instead of a ladder of checks. Internal to core/storage.

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace ow {

class JsonReader
{
public:
    JsonReader(const QJsonObject &json, const QString &context)
        : m_json(json),
          m_context(context)
    {}

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = m_context.isEmpty() ? message : QString(m_context + QStringLiteral(": ") + message);
    }

    // Missing or null keys give the default; a value of another type is an error.
    QString string(const QString &key)
    {
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            wrongType(key, QT_TRANSLATE_NOOP("ow::Storage", "a string"));
        return v.toString();
    }
    int integer(const QString &key, int fallback = 0)
    {
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble() || v.toDouble() != double(v.toInt(fallback)))
            wrongType(key, QT_TRANSLATE_NOOP("ow::Storage", "an integer"));
        return v.toInt(fallback);
    }
    bool boolean(const QString &key)
    {
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            wrongType(key, QT_TRANSLATE_NOOP("ow::Storage", "true or false"));
        return v.toBool();
    }
    QJsonArray array(const QString &key)
    {
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            wrongType(key, QT_TRANSLATE_NOOP("ow::Storage", "an array"));
        return v.toArray();
    }
    QJsonObject object(const QString &key)
    {
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            wrongType(key, QT_TRANSLATE_NOOP("ow::Storage", "an object"));
        return v.toObject();
    }
    QStringList strings(const QString &key)
    {
        QStringList out;
        for (const QJsonValue &v : array(key)) {
            if (!v.isString())
                wrongType(key, QT_TRANSLATE_NOOP("ow::Storage", "an array of strings"));
            out.append(v.toString());
        }
        return out;
    }
    QDate date(const QString &key)
    {
        const QString text = string(key);
        if (text.isEmpty())
            return {};
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            wrongType(key, QT_TRANSLATE_NOOP("ow::Storage", "a date (YYYY-MM-DD)"));
        return d;
    }
    QDateTime dateTime(const QString &key)
    {
        const QString text = string(key);
        if (text.isEmpty())
            return {};
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid())
            wrongType(key, QT_TRANSLATE_NOOP("ow::Storage", "an ISO 8601 time"));
        return t.toUTC();
    }

private:
    void wrongType(const QString &key, const char *expected)
    {
        fail(QCoreApplication::translate("ow::Storage", "\"%1\" should be %2")
                 .arg(key, QCoreApplication::translate("ow::Storage", expected)));
    }

    QJsonObject m_json; // a copy (implicitly shared, so cheap): callers pass temporaries such as v.toObject()
    QString m_context;
    QString m_error;
};

} // namespace ow
