#pragma once
// What the faces (kiosk, window panel, board, voice, supervisor) see of the hall: typed views of the
// JSON in docs/hall-api.md. A HallSnapshot applies the stream's events to itself, so a board keeps an
// up-to-date picture from one snapshot plus events, without asking again after every call.

#include "core/hall/protocol/casesummary.h"
#include "core/queue/queueconfig.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace ow {

class JsonReader;

// Each type reads itself from the hall's JSON through the one JSON reader (core/hall/protocol/hallmodels_read.cpp):
// read() with a reader (nested objects share its first problem), fromJson() for an object on its own, false
// with the problem in *error when it is not the hall's.

struct HallTicket {
    QString id;   // "20261128-A017"
    QString code; // "A017": show and speak this
    int number = 0;
    QString service; // current service code
    QString issuedService;
    QString state;    // waiting | called | completed | no_show | expired
    QString priority; // 绿色通道 category id or ""
    bool transferPriority = false;
    QString transferNote; // the last transfer's note for the window that calls it next; "" for none
    QString bookingCode;  // appointment tickets
    QDateTime slotStart;
    QString windowId; // called at / served at
    QString assignedWindow;
    QDateTime issuedAt;
    QDateTime calledAt;
    QDateTime completedAt;
    qint64 order = 0;
    int recalls = 0;
    int noShows = 0;
    QString outcome;
    int rating = 0;
    QString ratingComment;
    QStringList ratingReasons; // core/domain/ratingreasons.h keys
    QDateTime ratedAt;
    QStringList caseIds;
    QJsonObject json; // everything the server sent

    bool isValid() const { return !id.isEmpty(); }
    bool isWaiting() const { return state == QStringLiteral("waiting"); }
    bool isAppointment() const { return !bookingCode.isEmpty(); }
    static bool read(JsonReader &r, HallTicket *out);
    static bool fromJson(const QJsonObject &o, HallTicket *out, QString *error = nullptr);
};

struct HallWindow {
    QString id;
    QString name;
    QList<WindowService> services;
    bool paused = false;
    QString pauseReason;
    QString currentTicketId;
    HallTicket current;         // invalid when the window is free
    bool comprehensive = false; // a 综合窗口 (the config says so)
    bool connected = false;     // a window device holds an open event stream
    QJsonObject json;

    bool isValid() const { return !id.isEmpty(); }
    static bool read(JsonReader &r, HallWindow *out);
    static bool fromJson(const QJsonObject &o, HallWindow *out, QString *error = nullptr);
};

struct HallServiceInfo {
    QString code;
    QString name;
    int waiting = 0;
    int issued = 0;
};

struct HallCall {
    qint64 seq = 0;
    QString type; // ticket_called | ticket_recalled
    QDateTime at;
    QString windowId;
    QString windowName;
    HallTicket ticket;
    bool isRecall() const { return type == QStringLiteral("ticket_recalled"); }
};

struct HallEvent {
    qint64 seq = 0;
    QString type; // docs/hall-api.md, "Event stream"
    QDateTime at;
    QDate day;
    QString actor;
    QString ticketId;
    QString windowId;
    QJsonObject data;
    HallTicket ticket; // after the event (invalid for events without one)
    HallWindow window;
    QHash<QString, int> waiting; // per service, after the event
    // case_reported: the summary in data, read once here for every listener; unset for other events and
    // for a summary that does not read (the event still counts for its sequence number).
    std::optional<CaseSummary> caseSummary;
    QJsonObject json;

    static bool read(JsonReader &r, HallEvent *out);
    static bool fromJson(const QJsonObject &o, HallEvent *out, QString *error = nullptr);
    HallCall call() const; // for ticket_called / ticket_recalled
};

struct HallSnapshot {
    qint64 seq = 0; // the last event included
    QString hallCode;
    QString hallName;
    // hall.timeZone: where the hall's days begin (its config). Invalid when the hall does not say (an older
    // hall service) or this PC does not know the id; a client then falls back to its own zone.
    QTimeZone timeZone;
    QDate day;
    QString policyKind;
    QList<PriorityCategory> priorities;
    QList<HallServiceInfo> services;
    QList<HallWindow> windows;
    QList<HallTicket> waiting;   // in queue order
    QList<HallCall> latestCalls; // newest first, at most 10

    bool isValid() const { return !hallCode.isEmpty(); }
    static bool read(JsonReader &r, HallSnapshot *out);
    static bool fromJson(const QJsonObject &o, HallSnapshot *out, QString *error = nullptr);

    // Applies the event that follows (seq + 1). False when the event cannot be applied to a snapshot
    // (day_started: a new day needs a new snapshot); the caller then fetches one.
    bool apply(const HallEvent &event);

    const HallWindow *window(const QString &id) const;
    const HallServiceInfo *service(const QString &code) const;
    QString serviceName(const QString &code) const;
    QList<HallTicket> waitingFor(const QString &service) const;

    // A canonical form for comparing two snapshots (tests, diagnostics); the snapshot time is left out.
    QJsonObject summary() const;
};

struct HallFigures {
    int issued = 0, called = 0, served = 0, noShows = 0, dropped = 0, transferredIn = 0, transferredOut = 0, ratings = 0;
    double avgWaitSeconds = 0, maxWaitSeconds = 0, avgServiceSeconds = 0, avgRating = 0;
    static bool read(JsonReader &r, HallFigures *out);
};

struct HallStatistics {
    QDate day;
    QHash<QString, HallFigures> services; // by service code
    QHash<QString, HallFigures> windows;  // by window id
    HallFigures totals;
    static bool read(JsonReader &r, HallStatistics *out);
    static bool fromJson(const QJsonObject &o, HallStatistics *out, QString *error = nullptr);
};

// What a supervisor did about a bad rating (docs/hall-api.md, "Bad ratings").
struct HallFollowUp {
    QString kind; // callback (回访) | rectification (整改)
    QString note;
    QDateTime at;
    QString actor;
};

// A ticket rated 1 or 2 and its follow-ups, oldest first.
struct HallBadRating {
    HallTicket ticket;
    QList<HallFollowUp> followUps;
};

// GET /rating-follow-ups: the bad ratings of some days, and how many tickets were rated then.
struct HallRatingFollowUps {
    QList<HallBadRating> ratings;
    int rated = 0;
    int satisfied = 0; // rated 4 or 5
    static bool read(JsonReader &r, HallRatingFollowUps *out);
    static bool fromJson(const QJsonObject &o, HallRatingFollowUps *out, QString *error = nullptr);
};

} // namespace ow

Q_DECLARE_METATYPE(ow::HallTicket)
Q_DECLARE_METATYPE(ow::HallWindow)
Q_DECLARE_METATYPE(ow::HallCall)
Q_DECLARE_METATYPE(ow::HallEvent)
Q_DECLARE_METATYPE(ow::HallSnapshot)
Q_DECLARE_METATYPE(ow::CaseSummary)
