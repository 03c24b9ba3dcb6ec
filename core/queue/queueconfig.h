#pragma once
// What the hall looks like to the queue: its services (ticket prefixes), windows and the services each
// serves with weights, the 绿色通道 categories, the ordering policy and the timing rules. Read from the
// hall config file (docs/hall-api.md, "Configuration file"); the hall module adds the device tokens.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>
#include <QTimeZone>

namespace ow {

class JsonReader;

struct ServiceConfig {
    QString code;       // the ticket prefix: "A"
    QString name;       // 综合受理
    int dailyLimit = 0; // 0: no limit
};

struct WindowService {
    QString service;
    int weight = 1;
};

struct WindowConfig {
    QString id;   // "W01"
    QString name; // 1号窗口
    QList<WindowService> services;
    bool comprehensive = false; // a 综合窗口 that takes in any matter (the reform's share counts them)

    bool serves(const QString &service) const { return weightOf(service) > 0; }
    int weightOf(const QString &service) const; // 0 when the window does not serve it
};

struct PriorityCategory {
    QString id;   // "elderly"
    QString name; // 老年人
};

struct PolicyConfig {
    QString kind = QStringLiteral("weighted"); // strict | weighted | appointment_first
    int priorityPerNormal = 2;                 // weighted: N priority calls, then one normal
};

struct QueueRules {
    int noShowGraceSeconds = 30;      // a no-show may be recorded this long after the call
    int noShowRequeueAfter = 3;       // a first no-show is called again after this many others
    int appointmentEarlyMinutes = 60; // check-in opens this long before the slot
    int appointmentLateMinutes = 15;  // and closes this long after its end
};

struct QueueConfig {
    QString hallCode = QStringLiteral("HALL");
    QString hallName;
    QTimeZone timeZone; // where the hall's days begin
    PolicyConfig policy;
    QueueRules rules;
    QList<PriorityCategory> priorities;
    QList<ServiceConfig> services;
    QList<WindowConfig> windows;

    const ServiceConfig *service(const QString &code) const;
    const WindowConfig *window(const QString &id) const;
    bool hasPriority(const QString &id) const;
    QString windowName(const QString &id) const; // the id when unknown

    // Reads the hall config's queue part; on any error returns false with a translated message naming
    // the offending key. Unknown keys are ignored (the hall module reads "tokens").
    static bool fromJson(const QJsonObject &root, QueueConfig *out, QString *error);
    QJsonObject toJson() const;
};

// Reads a window's services as the config writes them: codes or {service, weight} (weight 1-10), each once,
// each a service of the hall, at least one, from `key` of the reader's object. False (the reader says why)
// when they are not.
bool readWindowServices(JsonReader &reader, QStringView key, const QueueConfig &config, QList<WindowService> *out);
QJsonArray windowServicesJson(const QList<WindowService> &services);

// The time zone for an id: an IANA name or "UTC+08:00"; China's fixed offset when the name is unknown
// (no tzdata installed), since China has one zone and no daylight saving.
QTimeZone hallTimeZone(const QString &id);

} // namespace ow
