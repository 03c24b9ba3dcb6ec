// The window routes: call next, call, recall, no-show, transfer, complete, pause, resume. A window token
// acts only at its own window; a supervisor at any.
#include "core/hall/protocol/halltext.h"
#include "core/hall/server/hallcore.h"
#include "core/hall/server/hallhttp.h"
#include "core/hall/server/hallserver.h"
#include "core/hall/server/hallserver_p.h"

#include <QCoreApplication>
#include <QHttpServer>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace ow {

namespace {

QJsonValue orNull(const QJsonObject &o)
{
    return o.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o);
}

QHttpServerResponse badRequest(const QString &message)
{
    return hallhttp::problem(hallhttp::Status::BadRequest, u"bad_request"_s, message);
}

} // namespace

void HallServer::registerWindowRoutes()
{
    using Handler = std::function<QHttpServerResponse(const QString &windowId, const Admitted &)>;
    const auto windowRoute = [this](const QString &action, Handler handler) {
        const QString path = u"/api/v1/windows/<arg>/"_s + action;
        m_http->route(path, Method::Post,
                      flushedWithArg([this, handler](const QString &windowId, const QHttpServerRequest &request) {
                          Admitted a;
                          if (auto refused = admit(request, HallAction::WindowOp, windowId, &a))
                              return std::move(*refused);
                          return handler(windowId, a);
                      }));
        m_http->route(path, Method::AnyKnown, [](const QString &) {
            return hallhttp::problem(hallhttp::Status::MethodNotAllowed, u"method_not_allowed"_s,
                                     HallText::tr("This path does not take that method."));
        });
    };
    // What every window operation answers: the ticket it is about and the window after it.
    const auto ticketAndWindow = [this](const QString &windowId) {
        return [this, windowId](const QueueResult &r) {
            return QJsonObject{{u"ticket"_s, orNull(m_core->ticketJson(r.ticketId))},
                               {u"completed"_s, orNull(m_core->ticketJson(r.completedTicketId))},
                               {u"requeued"_s, r.requeued},
                               {u"window"_s, m_core->windowJson(windowId)}};
        };
    };

    windowRoute(u"call-next"_s, [this, ticketAndWindow](const QString &windowId, const Admitted &a) {
        QString outcome;
        QString error;
        if (!hallhttp::stringField(a.body, u"completeCurrent"_s, false, &outcome, &error))
            return badRequest(error);
        return run([&](QueueEngine &e) { return e.callNext(windowId, a.device.actor(), outcome); }, ticketAndWindow(windowId));
    });
    windowRoute(u"call"_s, [this, ticketAndWindow](const QString &windowId, const Admitted &a) {
        QString ticket;
        QString outcome;
        QString error;
        if (!hallhttp::stringField(a.body, u"ticket"_s, true, &ticket, &error)
            || !hallhttp::stringField(a.body, u"completeCurrent"_s, false, &outcome, &error))
            return badRequest(error);
        return run([&](QueueEngine &e) { return e.callTicket(windowId, ticket, a.device.actor(), outcome); },
                   ticketAndWindow(windowId));
    });
    windowRoute(u"recall"_s, [this, ticketAndWindow](const QString &windowId, const Admitted &a) {
        return run([&](QueueEngine &e) { return e.recall(windowId, a.device.actor()); }, ticketAndWindow(windowId));
    });
    windowRoute(u"no-show"_s, [this, ticketAndWindow](const QString &windowId, const Admitted &a) {
        return run([&](QueueEngine &e) { return e.noShow(windowId, a.device.actor()); }, ticketAndWindow(windowId));
    });
    windowRoute(u"transfer"_s, [this, ticketAndWindow](const QString &windowId, const Admitted &a) {
        TransferRequest t;
        QString error;
        if (!hallhttp::stringField(a.body, u"toService"_s, false, &t.toService, &error)
            || !hallhttp::stringField(a.body, u"toWindow"_s, false, &t.toWindow, &error)
            || !hallhttp::boolField(a.body, u"priority"_s, &t.priority, &error))
            return badRequest(error);
        return run([&](QueueEngine &e) { return e.transfer(windowId, t, a.device.actor()); }, ticketAndWindow(windowId));
    });
    windowRoute(u"complete"_s, [this, ticketAndWindow](const QString &windowId, const Admitted &a) {
        QString outcome;
        QString error;
        if (!hallhttp::stringField(a.body, u"outcome"_s, true, &outcome, &error))
            return badRequest(error);
        return run([&](QueueEngine &e) { return e.complete(windowId, outcome, a.device.actor()); }, ticketAndWindow(windowId));
    });
    windowRoute(u"pause"_s, [this, ticketAndWindow](const QString &windowId, const Admitted &a) {
        QString reason;
        QString error;
        if (!hallhttp::stringField(a.body, u"reason"_s, false, &reason, &error))
            return badRequest(error);
        return run([&](QueueEngine &e) { return e.pause(windowId, reason, a.device.actor()); }, ticketAndWindow(windowId));
    });
    windowRoute(u"resume"_s, [this, ticketAndWindow](const QString &windowId, const Admitted &a) {
        return run([&](QueueEngine &e) { return e.resume(windowId, a.device.actor()); }, ticketAndWindow(windowId));
    });
}

} // namespace ow
