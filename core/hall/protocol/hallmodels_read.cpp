// Reading the hall's objects (docs/hall-api.md) from the wire, through the one JSON reader: each field typed
// and bounded, the first problem named by its path. What the hall service sends is outside input to a face
// (a proxy, a captive portal or another program can stand at its address), so an object that does not read
// is refused whole, never half-shown. A newer hall service stays readable: keys this version does not know
// are kept in `json` and ignored, and a ticket state or event type it does not know stays as text.
#include "core/hall/protocol/hallmodels.h"
#include "core/json/jsonreader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// The bounds a face holds the hall to: far above a real hall, far below what would hurt a face's memory.
constexpr TextRule RequiredId{.need = Need::Required, .maxLength = 256};
constexpr TextRule Id{.maxLength = 256};
constexpr TextRule Word{.maxLength = 64}; // states, outcomes, event types, priority ids
constexpr TextRule Name{.maxLength = 200};
constexpr TextRule FreeText{.maxLength = 1000};
constexpr qint64 MaxSequence = qint64(1) << 53; // what a JSON number holds exactly
constexpr qsizetype MaxWindows = 1000;
constexpr qsizetype MaxServices = 1000;
constexpr qsizetype MaxWaiting = 100000; // tickets of one day
constexpr qsizetype MaxCalls = 100;
constexpr qsizetype MaxCasesPerTicket = 100;
constexpr int MaxTicketsPerDay = 100000;
constexpr IntRule Count{.need = Need::NotNull, .min = 0, .max = MaxTicketsPerDay};
constexpr IntRule Sequence{.need = Need::NotNull, .min = 0, .max = MaxSequence};

template <typename T>
bool readObject(const QJsonObject &o, T *out, QString *error)
{
    JsonReader r(o);
    if (T::read(r, out))
        return true;
    if (error)
        *error = r.error();
    return false;
}

QList<WindowService> windowServices(JsonReader &r)
{
    QList<WindowService> list;
    r.forEachItem(u"services", {.maxItems = MaxServices}, [&list](JsonReader &s) {
        list.append({s.string(u"service", RequiredId), s.integer(u"weight", {.min = 0, .max = 1000, .fallback = 1})});
    });
    return list;
}

// A seconds figure of the statistics: a number, not negative, under a year.
double seconds(JsonReader &r, QStringView key)
{
    const double value = r.number(key);
    if (value < 0 || value > 366.0 * 86400)
        r.fail({JsonProblem::Kind::OutOfRange, r.pathOf(key), {}, 0, 366 * 86400});
    return value;
}

} // namespace

bool HallTicket::read(JsonReader &r, HallTicket *out)
{
    HallTicket t;
    t.id = r.string(u"id", RequiredId);
    t.code = r.string(u"code", {.need = Need::Required, .maxLength = 64});
    t.number = r.integer(u"number", Count);
    t.service = r.string(u"service", Id);
    t.issuedService = r.string(u"issuedService", Id);
    t.state = r.string(u"state", {.need = Need::Required, .maxLength = 64});
    t.priority = r.string(u"priority", Word);
    t.transferPriority = r.boolean(u"transferPriority");
    t.transferNote = r.string(u"transferNote", FreeText); // absent from a hall older than the note
    JsonReader a = r.object(u"appointment");
    t.bookingCode = a.string(u"bookingCode", Id);
    t.slotStart = a.dateTime(u"slotStart", Need::Optional, true);
    t.windowId = r.string(u"windowId", Id);
    t.assignedWindow = r.string(u"assignedWindow", Id);
    t.issuedAt = r.dateTime(u"issuedAt", Need::Optional, true);
    t.calledAt = r.dateTime(u"calledAt", Need::Optional, true);
    t.completedAt = r.dateTime(u"completedAt", Need::Optional, true);
    t.order = r.wholeNumber(u"order", {.min = -MaxSequence, .max = MaxSequence});
    t.recalls = r.integer(u"recalls", Count);
    t.noShows = r.integer(u"noShows", Count);
    t.outcome = r.string(u"outcome", Word);
    t.rating = r.integer(u"rating", {.min = 0, .max = 5});
    t.ratingComment = r.string(u"ratingComment", {.maxLength = 200});
    t.ratedAt = r.dateTime(u"ratedAt", Need::Optional, true);
    t.ratingReasons = r.strings(u"ratingReasons", {.maxItems = 16}, {.need = Need::Required, .maxLength = 32});
    t.caseIds = r.strings(u"caseIds", {.maxItems = MaxCasesPerTicket}, RequiredId);
    t.json = r.object();
    return r.finish(out, std::move(t), nullptr);
}

bool HallTicket::fromJson(const QJsonObject &o, HallTicket *out, QString *error)
{
    return readObject(o, out, error);
}

bool HallWindow::read(JsonReader &r, HallWindow *out)
{
    HallWindow w;
    w.id = r.string(u"id", RequiredId);
    w.name = r.string(u"name", Name);
    if (w.name.isEmpty())
        w.name = w.id;
    w.services = windowServices(r);
    w.paused = r.boolean(u"paused");
    w.pauseReason = r.string(u"pauseReason", FreeText);
    w.currentTicketId = r.string(u"currentTicket", Id);
    if (r.has(u"current")) {
        JsonReader current = r.object(u"current");
        HallTicket::read(current, &w.current);
    }
    w.comprehensive = r.boolean(u"comprehensive");
    w.connected = r.boolean(u"connected");
    w.json = r.object();
    return r.finish(out, std::move(w), nullptr);
}

bool HallWindow::fromJson(const QJsonObject &o, HallWindow *out, QString *error)
{
    return readObject(o, out, error);
}

bool HallEvent::read(JsonReader &r, HallEvent *out)
{
    HallEvent e;
    e.seq = r.wholeNumber(u"seq", {.need = Need::Required, .min = 1, .max = MaxSequence});
    e.type = r.string(u"type", {.need = Need::Required, .maxLength = 64});
    e.at = r.dateTime(u"at", Need::Optional, true);
    e.day = r.date(u"day");
    e.actor = r.string(u"actor", Name);
    e.ticketId = r.string(u"ticketId", Id);
    e.windowId = r.string(u"windowId", Id);
    e.data = r.object(u"data").object();
    if (r.has(u"ticket")) {
        JsonReader ticket = r.object(u"ticket");
        HallTicket::read(ticket, &e.ticket);
    }
    if (r.has(u"window")) {
        JsonReader window = r.object(u"window");
        HallWindow::read(window, &e.window);
    }
    JsonReader waiting = r.object(u"waiting");
    if (waiting.object().size() > MaxServices)
        r.fail({JsonProblem::Kind::TooMany, r.pathOf(u"waiting"), {}, 0, MaxServices});
    for (auto it = waiting.object().begin(); it != waiting.object().end() && r.ok(); ++it)
        e.waiting.insert(it.key(), waiting.integer(it.key(), Count));
    if (e.type == u"case_reported"_s && r.ok()) {
        // A summary that does not read leaves the event standing (its sequence number counts) without one.
        CaseSummary summary;
        if (CaseSummary::fromJson(e.data, &summary))
            e.caseSummary = summary;
    }
    e.json = r.object();
    return r.finish(out, std::move(e), nullptr);
}

bool HallEvent::fromJson(const QJsonObject &o, HallEvent *out, QString *error)
{
    return readObject(o, out, error);
}

bool HallSnapshot::read(JsonReader &r, HallSnapshot *out)
{
    HallSnapshot s;
    s.seq = r.wholeNumber(u"seq", {.need = Need::Required, .min = 0, .max = MaxSequence});
    JsonReader hall = r.object(u"hall", Need::Required);
    s.hallCode = hall.string(u"code", RequiredId);
    s.hallName = hall.string(u"name", Name);
    const QString zone = hall.string(u"timeZone", Word);
    if (!zone.isEmpty())
        s.timeZone = QTimeZone(zone.toUtf8()); // invalid when this PC's zone data lacks the id
    s.day = r.date(u"day");
    s.policyKind = r.object(u"policy").string(u"kind", Word);
    r.forEachItem(u"priorityCategories", {.maxItems = MaxServices}, [&s](JsonReader &p) {
        s.priorities.append({p.string(u"id", RequiredId), p.string(u"name", Name)});
    });
    r.forEachItem(u"services", {.maxItems = MaxServices}, [&s](JsonReader &so) {
        s.services.append({so.string(u"code", RequiredId), so.string(u"name", Name), so.integer(u"waiting", Count),
                           so.integer(u"issued", Count)});
    });
    s.windows = r.items<HallWindow>(u"windows", {.need = Need::Required, .maxItems = MaxWindows});
    s.waiting = r.items<HallTicket>(u"waiting", {.need = Need::Required, .maxItems = MaxWaiting});
    r.forEachItem(u"latestCalls", {.maxItems = MaxCalls}, [&s](JsonReader &c) {
        HallCall call{c.wholeNumber(u"seq", Sequence), c.string(u"type", Word),       c.dateTime(u"at", Need::Optional, true),
                      c.string(u"windowId", Id),       c.string(u"windowName", Name), {}};
        JsonReader ticket = c.object(u"ticket", Need::Required);
        HallTicket::read(ticket, &call.ticket);
        s.latestCalls.append(call);
    });
    return r.finish(out, std::move(s), nullptr);
}

bool HallSnapshot::fromJson(const QJsonObject &o, HallSnapshot *out, QString *error)
{
    return readObject(o, out, error);
}

bool HallFigures::read(JsonReader &r, HallFigures *out)
{
    HallFigures f;
    f.issued = r.integer(u"issued", Count);
    f.called = r.integer(u"called", Count);
    f.served = r.integer(u"served", Count);
    f.noShows = r.integer(u"noShows", Count);
    f.dropped = r.integer(u"dropped", Count);
    f.transferredIn = r.integer(u"transferredIn", Count);
    f.transferredOut = r.integer(u"transferredOut", Count);
    f.ratings = r.integer(u"ratings", Count);
    f.avgWaitSeconds = seconds(r, u"avgWaitSeconds");
    f.maxWaitSeconds = seconds(r, u"maxWaitSeconds");
    f.avgServiceSeconds = seconds(r, u"avgServiceSeconds");
    f.avgRating = r.number(u"avgRating");
    if (f.avgRating < 0 || f.avgRating > 5)
        r.fail({JsonProblem::Kind::OutOfRange, r.pathOf(u"avgRating"), {}, 0, 5});
    return r.finish(out, HallFigures(f), nullptr); // trivially copyable: a copy is all a move would be
}

bool HallStatistics::read(JsonReader &r, HallStatistics *out)
{
    HallStatistics s;
    s.day = r.date(u"day"); // null before the first day
    r.forEachItem(u"services", {.need = Need::Required, .maxItems = MaxServices}, [&s](JsonReader &f) {
        const QString code = f.string(u"service", RequiredId);
        HallFigures::read(f, &s.services[code]);
    });
    r.forEachItem(u"windows", {.maxItems = MaxWindows}, [&s](JsonReader &f) {
        const QString id = f.string(u"window", RequiredId);
        HallFigures::read(f, &s.windows[id]);
    });
    JsonReader totals = r.object(u"totals");
    HallFigures::read(totals, &s.totals);
    return r.finish(out, std::move(s), nullptr);
}

bool HallStatistics::fromJson(const QJsonObject &o, HallStatistics *out, QString *error)
{
    return readObject(o, out, error);
}

bool HallRatingFollowUps::read(JsonReader &r, HallRatingFollowUps *out)
{
    constexpr qsizetype MaxFollowUps = 50; // the hall's own limit per rating
    HallRatingFollowUps f;
    r.forEachItem(u"ratings", {.need = Need::Required, .maxItems = MaxWaiting}, [&f](JsonReader &item) {
        HallBadRating bad;
        JsonReader ticket = item.object(u"ticket", Need::Required);
        HallTicket::read(ticket, &bad.ticket);
        item.forEachItem(u"followUps", {.maxItems = MaxFollowUps}, [&bad](JsonReader &u) {
            HallFollowUp followUp;
            followUp.kind = u.string(u"kind", {.need = Need::Required, .maxLength = 16});
            followUp.note = u.string(u"note", {.maxLength = 500});
            followUp.at = u.dateTime(u"at", Need::Required, true);
            followUp.actor = u.string(u"actor", Name);
            bad.followUps.append(followUp);
        });
        f.ratings.append(bad);
    });
    f.rated = r.integer(u"rated", {.min = 0, .max = INT_MAX});
    f.satisfied = r.integer(u"satisfied", {.min = 0, .max = INT_MAX});
    return r.finish(out, std::move(f), nullptr);
}

bool HallRatingFollowUps::fromJson(const QJsonObject &o, HallRatingFollowUps *out, QString *error)
{
    return readObject(o, out, error);
}

} // namespace ow
