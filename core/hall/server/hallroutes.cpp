// The REST routes of docs/hall-api.md: reading, tickets, cases, ratings. Bookings are in hallroutes_bookings.cpp. The window routes are
// in hallroutes_window.cpp.
#include "core/hall/server/hallserver_p.h"

#include <QHttpServerResponder>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow {

void HallServer::registerRoutes()
{
    QHttpServer &http = *m_http;
    http.route(u"/api/v1/health"_s, Method::Get,
               flushed([this](const QHttpServerRequest &) { return hallhttp::json(m_core->health()); }));
    http.route(u"/api/v1/health"_s, Method::AnyKnown, [] { return hallhttp::methodNotAllowed(); });

    http.route(u"/api/v1/snapshot"_s, Method::Get,
               admitted(HallAction::Read,
                        [this](const QHttpServerRequest &, const Admitted &) { return hallhttp::json(m_core->snapshot()); }));
    http.route(u"/api/v1/snapshot"_s, Method::AnyKnown, [] { return hallhttp::methodNotAllowed(); });

    http.route(u"/api/v1/statistics"_s, Method::Get,
               admitted(HallAction::Statistics, [this](const QHttpServerRequest &request, const Admitted &) {
                   const QString dayText = request.query().queryItemValue(u"day"_s);
                   const QDate day = dayText.isEmpty() ? QDate() : QDate::fromString(dayText, Qt::ISODate);
                   if (!dayText.isEmpty() && !day.isValid())
                       return hallhttp::badRequest(HallText::tr("\"day\" must be a date like 2026-11-28."));
                   QString error;
                   const QJsonObject stats = m_core->statistics(day, &error);
                   if (!error.isEmpty())
                       return hallhttp::storageFailed(error);
                   return hallhttp::json(stats);
               }));
    http.route(u"/api/v1/statistics"_s, Method::AnyKnown, [] { return hallhttp::methodNotAllowed(); });

    http.route(
        u"/api/v1/events"_s, Method::Get, admitted(HallAction::Read, [this](const QHttpServerRequest &request, const Admitted &) {
            const QUrlQuery query = request.query();
            bool sinceOk = true;
            bool limitOk = true;
            const qint64 since = query.hasQueryItem(u"since"_s) ? query.queryItemValue(u"since"_s).toLongLong(&sinceOk) : 0;
            const int limit = query.hasQueryItem(u"limit"_s) ? query.queryItemValue(u"limit"_s).toInt(&limitOk) : 500;
            if (!sinceOk || !limitOk || since < 0 || limit < 1 || limit > 5000)
                return hallhttp::badRequest(
                    HallText::tr("\"since\" must be a sequence number and \"limit\" a number from 1 to 5000."));
            // A follower of a few kinds of event (the window's ratings) need not read the whole day's.
            static const QRegularExpression typeName(u"^[a-z_]{1,32}$"_s);
            const QStringList types =
                query.hasQueryItem(u"types"_s) ? query.queryItemValue(u"types"_s).split(u',') : QStringList();
            if (types.size() > 16
                || std::any_of(types.begin(), types.end(), [](const QString &t) { return !typeName.match(t).hasMatch(); }))
                return hallhttp::badRequest(HallText::tr("\"types\" is a list of at most 16 event types, such as ticket_rated."));
            QString error;
            const QList<QJsonObject> messages = m_core->store().messagesSince(since, limit, types, &error);
            if (!error.isEmpty())
                return hallhttp::storageFailed(error);
            QJsonArray events;
            for (const QJsonObject &m : messages)
                events.append(m);
            return hallhttp::json({{u"events"_s, events}, {u"seq"_s, m_core->lastSequence()}});
        }));
    http.route(u"/api/v1/events"_s, Method::AnyKnown, [] { return hallhttp::methodNotAllowed(); });

    // The stream's upgrade is accepted here and checked in acceptWebSockets(); a plain GET is told to upgrade.
    http.route(u"/api/v1/events/stream"_s, [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
            return;
        hallhttp::problem(hallhttp::Status::UpgradeRequired, u"bad_request"_s,
                          HallText::tr("The event stream is a WebSocket: connect with ws://."))
            .write(std::move(responder));
    });

    registerCaseRoutes(); // before the queue routes: GET /tickets must come before POST /tickets' catch-all
    registerQueueRoutes();
    registerWindowRoutes();
    registerSupervisorRoutes();
    registerRatingRoutes();
    registerBookingRoutes();

    http.setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        hallhttp::problem(hallhttp::Status::NotFound, u"not_found"_s,
                          HallText::tr("There is no %1 here.").arg(request.url().path()))
            .write(std::move(responder));
    });
}

void HallServer::registerQueueRoutes()
{
    QHttpServer &http = *m_http;

    http.route(
        u"/api/v1/tickets"_s, Method::Post, admitted(HallAction::Issue, [this](const QHttpServerRequest &, const Admitted &a) {
            IssueRequest issue;
            JsonReader r(a.body);
            issue.service = r.string(u"service", hallhttp::Text);
            issue.priority = r.string(u"priority", hallhttp::Text);
            issue.bookingCode = r.string(u"bookingCode", hallhttp::Text);
            if (!r.ok())
                return hallhttp::badRequest(r.error());
            if (issue.service.isEmpty() && issue.bookingCode.isEmpty())
                return hallhttp::badRequest(
                    HallText::tr("Give \"service\" for a ticket or \"bookingCode\" to check in a booking."));
            return run([&](QueueEngine &e) { return e.issue(issue, a.device.actor()); },
                       [this](const QueueResult &r) {
                           return QJsonObject{{u"ticket"_s, m_core->ticketJson(r.ticketId)}, {u"waitingAhead"_s, r.waitingAhead}};
                       },
                       201);
        }));
    http.route(u"/api/v1/tickets"_s, Method::AnyKnown, [] { return hallhttp::methodNotAllowed(); });

    http.route(u"/api/v1/tickets/<arg>"_s, Method::Get,
               admittedWithArg(HallAction::Read, [this](const QString &ref, const QHttpServerRequest &, const Admitted &) {
                   const QJsonObject ticket = m_core->ticketJson(ref);
                   if (ticket.isEmpty())
                       return hallhttp::problem(hallhttp::Status::NotFound, u"unknown_ticket"_s,
                                                HallText::tr("There is no ticket %1 today.").arg(ref));
                   return hallhttp::json({{u"ticket"_s, ticket}, {u"seq"_s, m_core->lastSequence()}});
               }));
    http.route(u"/api/v1/tickets/<arg>"_s, Method::AnyKnown, [](const QString &) { return hallhttp::methodNotAllowed(); });

    // A window links cases and records ratings only for tickets it served; kiosks rate by ticket number.
    const auto servedHere = [this](const Admitted &a, const QString &ref) {
        if (a.device.role != HallRole::Window)
            return true;
        const Ticket *t = m_core->engine().ticket(ref);
        return !t || t->windowId == a.device.windowId; // an unknown ticket gets its 404 from the engine
    };

    http.route(u"/api/v1/tickets/<arg>/cases"_s, Method::Post,
               admittedWithArg(HallAction::LinkCases,
                               [this, servedHere](const QString &ref, const QHttpServerRequest &, const Admitted &a) {
                                   if (!servedHere(a, ref))
                                       return hallhttp::forbidden();
                                   JsonReader r(a.body);
                                   const QStringList caseIds = r.strings(u"caseIds", {.need = Need::Required});
                                   if (!r.ok())
                                       return hallhttp::badRequest(r.error());
                                   return run([&](QueueEngine &e) { return e.linkCases(ref, caseIds, a.device.actor()); },
                                              [this](const QueueResult &r) {
                                                  return QJsonObject{{u"ticket"_s, m_core->ticketJson(r.ticketId)}};
                                              });
                               }));
    http.route(u"/api/v1/tickets/<arg>/cases"_s, Method::AnyKnown, [](const QString &) { return hallhttp::methodNotAllowed(); });

    http.route(
        u"/api/v1/tickets/<arg>/rating"_s, Method::Post,
        admittedWithArg(HallAction::Rate, [this, servedHere](const QString &ref, const QHttpServerRequest &, const Admitted &a) {
            if (!servedHere(a, ref))
                return hallhttp::forbidden();
            JsonReader r(a.body);
            const int rating = r.integer(u"rating", {.need = Need::Required, .min = -1000000, .max = 1000000});
            const QString comment = r.string(u"comment", hallhttp::Text);
            // Each reason is a key of core/domain/ratingreasons.h; the engine checks which.
            const QStringList reasons = r.strings(u"reasons", {.maxItems = 16}, {.need = Need::Required, .maxLength = 32});
            if (!r.ok())
                return hallhttp::badRequest(r.error());
            return run([&](QueueEngine &e) { return e.rate(ref, rating, comment, a.device.actor(), reasons); },
                       [this](const QueueResult &r) {
                           return QJsonObject{{u"ticket"_s, m_core->ticketJson(r.ticketId)}};
                       });
        }));
    http.route(u"/api/v1/tickets/<arg>/rating"_s, Method::AnyKnown, [](const QString &) { return hallhttp::methodNotAllowed(); });
}

} // namespace ow
