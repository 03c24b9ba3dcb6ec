#include "core/queue/queueconfig.h"

#include "core/domain/caseids.h"
#include "core/json/jsonreader.h"
#include "core/queue/queuetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// A whole number in [min, max] that may be left out (keeping *out), but not be null or of another type.
void readInt(JsonReader &r, QStringView key, int min, int max, int *out)
{
    *out = r.integer(key, {.need = Need::NotNull, .min = min, .max = max, .fallback = *out});
}

// An entry's id: it must match `pattern` (else `malformed`, %1 the entry) and be new (else `twice`, %1 the
// entry, %2 the id). False, with the problem on the reader, otherwise.
bool checkId(JsonReader &o, const QString &id, const QRegularExpression &pattern, const QString &malformed, const QString &twice,
             QSet<QString> *seen)
{
    if (!pattern.match(id).hasMatch()) {
        o.fail(malformed.arg(o.path()));
        return false;
    }
    if (seen->contains(id)) {
        o.fail(twice.arg(o.path(), id));
        return false;
    }
    seen->insert(id);
    return true;
}

void readServices(JsonReader &r, QueueConfig *config)
{
    static const QRegularExpression code(u"^[A-Z]{1,2}$"_s);
    QSet<QString> seen;
    r.forEachItem(u"services", {.maxItems = 100}, [&](JsonReader &o) {
        ServiceConfig s;
        s.code = o.string(u"code", {.maxLength = 64});
        s.name = o.string(u"name", {.maxLength = 200, .trim = true});
        if (!o.ok()
            || !checkId(o, s.code, code, QueueText::tr("%1.code must be one or two capital letters (the ticket prefix)."),
                        QueueText::tr("%1: the service code %2 is used twice."), &seen))
            return;
        if (s.name.isEmpty())
            return o.fail(QueueText::tr("%1.name is missing.").arg(o.path()));
        readInt(o, u"dailyLimit", 0, 99999, &s.dailyLimit);
        config->services.append(s);
    });
    if (r.ok() && config->services.isEmpty())
        r.fail(QueueText::tr("The hall has no services."));
}

void readWindows(JsonReader &r, QueueConfig *config)
{
    static const QRegularExpression id(u"^[A-Za-z0-9_-]{1,16}$"_s);
    QSet<QString> seen;
    r.forEachItem(u"windows", {.maxItems = 1000}, [&](JsonReader &o) {
        WindowConfig w;
        w.id = o.string(u"id", {.maxLength = 64});
        w.name = o.string(u"name", {.maxLength = 200, .trim = true});
        if (!o.ok()
            || !checkId(o, w.id, id, QueueText::tr("%1.id must be 1-16 letters, digits, '-' or '_'."),
                        QueueText::tr("%1: the window id %2 is used twice."), &seen))
            return;
        if (w.name.isEmpty())
            w.name = w.id;
        if (!readWindowServices(o, u"services", *config, &w.services))
            return;
        w.comprehensive = o.boolean(u"comprehensive", Need::NotNull);
        config->windows.append(w);
    });
    if (r.ok() && config->windows.isEmpty())
        r.fail(QueueText::tr("The hall has no windows."));
}

} // namespace

bool readWindowServices(JsonReader &r, QStringView key, const QueueConfig &config, QList<WindowService> *out)
{
    const QJsonArray services = r.array(key, {.maxItems = 100});
    QList<WindowService> list;
    for (qsizetype j = 0; j < services.size() && r.ok(); ++j) {
        const QString where = r.pathOf(key, j);
        WindowService ws;
        if (services.at(j).isString()) {
            ws.service = services.at(j).toString();
        } else {
            JsonReader so = r.item(key, services, j);
            ws.service = so.string(u"service", {.maxLength = 64});
            readInt(so, u"weight", 1, 10, &ws.weight);
            if (!so.ok())
                return false;
        }
        if (!config.service(ws.service)) {
            r.fail(QueueText::tr("%1: unknown service \"%2\".").arg(where, ws.service));
            return false;
        }
        const bool twice =
            std::any_of(list.cbegin(), list.cend(), [&](const WindowService &s) { return s.service == ws.service; });
        if (twice) {
            r.fail(QueueText::tr("%1: the service %2 is listed twice.").arg(where, ws.service));
            return false;
        }
        list.append(ws);
    }
    if (r.ok() && list.isEmpty())
        r.fail(QueueText::tr("%1 serves no service.").arg(r.pathOf(key)));
    if (!r.ok())
        return false;
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
    JsonReader r(root);
    if (r.string(u"format", {.maxLength = 64}) != u"onewindow-hall/1"_s) {
        r.fail(QueueText::tr("format must be \"onewindow-hall/1\"."));
        return r.finish(out, std::move(c), error);
    }

    JsonReader hall = r.object(u"hall");
    c.hallCode = hall.string(u"code", {.maxLength = 64});
    if (r.ok() && !isHallCode(c.hallCode))
        r.fail(QueueText::tr("hall.code must be 1-16 capital letters or digits."));
    c.hallName = hall.has(u"name") ? hall.string(u"name", {.maxLength = 200}) : c.hallCode;
    const QString zone = hall.string(u"timeZone", {.maxLength = 64});
    c.timeZone = hallTimeZone(zone);
    if (r.ok() && !zone.isEmpty() && !QTimeZone(zone.toUtf8()).isValid())
        r.fail(QueueText::tr("hall.timeZone \"%1\" is not a known time zone.").arg(zone));

    JsonReader policy = r.object(u"policy");
    if (policy.has(u"kind"))
        c.policy.kind = policy.string(u"kind", {.maxLength = 32});
    if (r.ok() && !QStringList{u"strict"_s, u"weighted"_s, u"appointment_first"_s}.contains(c.policy.kind))
        r.fail(QueueText::tr("policy.kind must be strict, weighted or appointment_first."));
    readInt(policy, u"priorityPerNormal", 1, 100, &c.policy.priorityPerNormal);

    JsonReader rules = r.object(u"rules");
    readInt(rules, u"noShowGraceSeconds", 0, 3600, &c.rules.noShowGraceSeconds);
    readInt(rules, u"noShowRequeueAfter", 1, 1000, &c.rules.noShowRequeueAfter);
    readInt(rules, u"appointmentEarlyMinutes", 0, 1440, &c.rules.appointmentEarlyMinutes);
    readInt(rules, u"appointmentLateMinutes", 0, 1440, &c.rules.appointmentLateMinutes);

    static const QRegularExpression priorityId(u"^[a-z_]{1,32}$"_s);
    const QJsonArray priorities = r.array(u"priorityCategories", {.maxItems = 100});
    for (qsizetype i = 0; i < priorities.size() && r.ok(); ++i) {
        JsonReader o = r.item(u"priorityCategories", priorities, i);
        PriorityCategory p{o.string(u"id", {.maxLength = 32}), o.string(u"name", {.maxLength = 200})};
        if (r.ok() && (!priorityId.match(p.id).hasMatch() || c.hasPriority(p.id)))
            r.fail(QueueText::tr("priorityCategories[%1].id must be unique lowercase letters or '_'.").arg(i));
        if (p.name.isEmpty())
            p.name = p.id;
        c.priorities.append(p);
    }

    if (r.ok())
        readServices(r, &c);
    if (r.ok())
        readWindows(r, &c);
    return r.finish(out, std::move(c), error);
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
