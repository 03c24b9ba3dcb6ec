#include "core/queue/queueconfig.h"

#include "core/queue/queuetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Reads an optional integer in [min, max]; a present value of another type is an error.
bool readInt(const QJsonObject &o, const QString &key, const QString &where, int min, int max, int *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < min || v.toInteger() > max)
        return fail(error, QueueText::tr("%1.%2 must be a whole number from %3 to %4.").arg(where, key).arg(min).arg(max));
    *out = int(v.toInteger());
    return true;
}

bool readServices(const QJsonArray &array, QueueConfig *config, QString *error)
{
    static const QRegularExpression code(u"^[A-Z]{1,2}$"_s);
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"services[%1]"_s.arg(i);
        const QJsonObject o = array.at(i).toObject();
        ServiceConfig s;
        s.code = o.value(u"code"_s).toString();
        s.name = o.value(u"name"_s).toString().trimmed();
        if (!code.match(s.code).hasMatch())
            return fail(error, QueueText::tr("%1.code must be one or two capital letters (the ticket prefix).").arg(where));
        if (seen.contains(s.code))
            return fail(error, QueueText::tr("%1: the service code %2 is used twice.").arg(where, s.code));
        if (s.name.isEmpty())
            return fail(error, QueueText::tr("%1.name is missing.").arg(where));
        if (!readInt(o, u"dailyLimit"_s, where, 0, 99999, &s.dailyLimit, error))
            return false;
        seen.insert(s.code);
        config->services.append(s);
    }
    if (config->services.isEmpty())
        return fail(error, QueueText::tr("The hall has no services."));
    return true;
}

bool readWindows(const QJsonArray &array, QueueConfig *config, QString *error)
{
    static const QRegularExpression id(u"^[A-Za-z0-9_-]{1,16}$"_s);
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"windows[%1]"_s.arg(i);
        const QJsonObject o = array.at(i).toObject();
        WindowConfig w;
        w.id = o.value(u"id"_s).toString();
        w.name = o.value(u"name"_s).toString().trimmed();
        if (!id.match(w.id).hasMatch())
            return fail(error, QueueText::tr("%1.id must be 1-16 letters, digits, '-' or '_'.").arg(where));
        if (seen.contains(w.id))
            return fail(error, QueueText::tr("%1: the window id %2 is used twice.").arg(where, w.id));
        if (w.name.isEmpty())
            w.name = w.id;
        if (!readWindowServices(o.value(u"services"_s).toArray(), *config, where + u".services"_s, &w.services, error))
            return false;
        const QJsonValue comprehensive = o.value(u"comprehensive"_s);
        if (!comprehensive.isUndefined() && !comprehensive.isBool())
            return fail(error, QueueText::tr("%1.comprehensive must be true or false.").arg(where));
        w.comprehensive = comprehensive.toBool();
        seen.insert(w.id);
        config->windows.append(w);
    }
    if (config->windows.isEmpty())
        return fail(error, QueueText::tr("The hall has no windows."));
    return true;
}

} // namespace

bool readWindowServices(const QJsonArray &services, const QueueConfig &config, const QString &where, QList<WindowService> *out,
                        QString *error)
{
    QList<WindowService> list;
    for (qsizetype j = 0; j < services.size(); ++j) {
        const QString swhere = u"%1[%2]"_s.arg(where).arg(j);
        WindowService ws;
        if (services.at(j).isString()) {
            ws.service = services.at(j).toString();
        } else {
            const QJsonObject so = services.at(j).toObject();
            ws.service = so.value(u"service"_s).toString();
            if (!readInt(so, u"weight"_s, swhere, 1, 10, &ws.weight, error))
                return false;
        }
        if (!config.service(ws.service))
            return fail(error, QueueText::tr("%1: unknown service \"%2\".").arg(swhere, ws.service));
        const bool twice =
            std::any_of(list.cbegin(), list.cend(), [&](const WindowService &s) { return s.service == ws.service; });
        if (twice)
            return fail(error, QueueText::tr("%1: the service %2 is listed twice.").arg(swhere, ws.service));
        list.append(ws);
    }
    if (list.isEmpty())
        return fail(error, QueueText::tr("%1 serves no service.").arg(where));
    *out = list;
    return true;
}

QJsonArray windowServicesJson(const QList<WindowService> &services)
{
    QJsonArray array;
    for (const WindowService &s : services)
        array.append(QJsonObject{{u"service"_s, s.service}, {u"weight"_s, s.weight}});
    return array;
}

int WindowConfig::weightOf(const QString &service) const
{
    for (const WindowService &s : services) {
        if (s.service == service)
            return s.weight;
    }
    return 0;
}

const ServiceConfig *QueueConfig::service(const QString &code) const
{
    for (const ServiceConfig &s : services) {
        if (s.code == code)
            return &s;
    }
    return nullptr;
}

const WindowConfig *QueueConfig::window(const QString &id) const
{
    for (const WindowConfig &w : windows) {
        if (w.id == id)
            return &w;
    }
    return nullptr;
}

bool QueueConfig::hasPriority(const QString &id) const
{
    return std::any_of(priorities.cbegin(), priorities.cend(), [&](const PriorityCategory &p) { return p.id == id; });
}

QString QueueConfig::windowName(const QString &id) const
{
    const WindowConfig *w = window(id);
    return w ? w->name : id;
}

QTimeZone hallTimeZone(const QString &id)
{
    const QString name = id.isEmpty() ? u"Asia/Shanghai"_s : id;
    QTimeZone zone(name.toUtf8());
    if (zone.isValid())
        return zone;
    return QTimeZone(8 * 3600);
}

bool QueueConfig::fromJson(const QJsonObject &root, QueueConfig *out, QString *error)
{
    QueueConfig c;
    if (root.value(u"format"_s).toString() != u"onewindow-hall/1"_s)
        return fail(error, QueueText::tr("format must be \"onewindow-hall/1\"."));

    const QJsonObject hall = root.value(u"hall"_s).toObject();
    static const QRegularExpression hallCode(u"^[A-Z0-9]{1,16}$"_s);
    c.hallCode = hall.value(u"code"_s).toString();
    if (!hallCode.match(c.hallCode).hasMatch())
        return fail(error, QueueText::tr("hall.code must be 1-16 capital letters or digits."));
    c.hallName = hall.value(u"name"_s).toString(c.hallCode);
    const QString zone = hall.value(u"timeZone"_s).toString();
    c.timeZone = hallTimeZone(zone);
    if (!zone.isEmpty() && !QTimeZone(zone.toUtf8()).isValid())
        return fail(error, QueueText::tr("hall.timeZone \"%1\" is not a known time zone.").arg(zone));

    const QJsonObject policy = root.value(u"policy"_s).toObject();
    c.policy.kind = policy.value(u"kind"_s).toString(c.policy.kind);
    if (!QStringList{u"strict"_s, u"weighted"_s, u"appointment_first"_s}.contains(c.policy.kind))
        return fail(error, QueueText::tr("policy.kind must be strict, weighted or appointment_first."));
    if (!readInt(policy, u"priorityPerNormal"_s, u"policy"_s, 1, 100, &c.policy.priorityPerNormal, error))
        return false;

    const QJsonObject rules = root.value(u"rules"_s).toObject();
    if (!readInt(rules, u"noShowGraceSeconds"_s, u"rules"_s, 0, 3600, &c.rules.noShowGraceSeconds, error)
        || !readInt(rules, u"noShowRequeueAfter"_s, u"rules"_s, 1, 1000, &c.rules.noShowRequeueAfter, error)
        || !readInt(rules, u"appointmentEarlyMinutes"_s, u"rules"_s, 0, 1440, &c.rules.appointmentEarlyMinutes, error)
        || !readInt(rules, u"appointmentLateMinutes"_s, u"rules"_s, 0, 1440, &c.rules.appointmentLateMinutes, error))
        return false;

    static const QRegularExpression priorityId(u"^[a-z_]{1,32}$"_s);
    const QJsonArray priorities = root.value(u"priorityCategories"_s).toArray();
    for (qsizetype i = 0; i < priorities.size(); ++i) {
        const QJsonObject o = priorities.at(i).toObject();
        PriorityCategory p{o.value(u"id"_s).toString(), o.value(u"name"_s).toString()};
        if (!priorityId.match(p.id).hasMatch() || c.hasPriority(p.id))
            return fail(error, QueueText::tr("priorityCategories[%1].id must be unique lowercase letters or '_'.").arg(i));
        if (p.name.isEmpty())
            p.name = p.id;
        c.priorities.append(p);
    }

    if (!readServices(root.value(u"services"_s).toArray(), &c, error))
        return false;
    if (!readWindows(root.value(u"windows"_s).toArray(), &c, error))
        return false;
    *out = c;
    return true;
}

QJsonObject QueueConfig::toJson() const
{
    QJsonArray priorityArray;
    for (const PriorityCategory &p : priorities)
        priorityArray.append(QJsonObject{{u"id"_s, p.id}, {u"name"_s, p.name}});
    QJsonArray serviceArray;
    for (const ServiceConfig &s : services)
        serviceArray.append(QJsonObject{{u"code"_s, s.code}, {u"name"_s, s.name}, {u"dailyLimit"_s, s.dailyLimit}});
    QJsonArray windowArray;
    for (const WindowConfig &w : windows) {
        windowArray.append(QJsonObject{{u"id"_s, w.id},
                                       {u"name"_s, w.name},
                                       {u"services"_s, windowServicesJson(w.services)},
                                       {u"comprehensive"_s, w.comprehensive}});
    }
    return {
        {u"format"_s, u"onewindow-hall/1"_s},
        {u"hall"_s, QJsonObject{{u"code"_s, hallCode}, {u"name"_s, hallName}, {u"timeZone"_s, QString::fromUtf8(timeZone.id())}}},
        {u"policy"_s, QJsonObject{{u"kind"_s, policy.kind}, {u"priorityPerNormal"_s, policy.priorityPerNormal}}},
        {u"rules"_s, QJsonObject{{u"noShowGraceSeconds"_s, rules.noShowGraceSeconds},
                                 {u"noShowRequeueAfter"_s, rules.noShowRequeueAfter},
                                 {u"appointmentEarlyMinutes"_s, rules.appointmentEarlyMinutes},
                                 {u"appointmentLateMinutes"_s, rules.appointmentLateMinutes}}},
        {u"priorityCategories"_s, priorityArray},
        {u"services"_s, serviceArray},
        {u"windows"_s, windowArray},
    };
}

} // namespace ow
