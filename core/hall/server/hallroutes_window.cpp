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
        JsonReader r(a.body);
        const QString outcome = r.string(u"completeCurrent", hallhttp::Text);
        if (!r.ok())
            return hallhttp::badRequest(r.error());
        return run([&](QueueEngine &e) { return e.callNext(windowId, a.device.actor(), outcome); }, ticketAndWindow(windowId));
    });
    windowRoute(u"call"_s, [this, ticketAndWindow](const QString &windowId, const Admitted &a) {
        JsonReader r(a.body);
        const QString ticket = r.string(u"ticket", hallhttp::RequiredText);
        const QString outcome = r.string(u"completeCurrent", hallhttp::Text);
        if (!r.ok())
            return hallhttp::badRequest(r.error());
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
        JsonReader r(a.body);
        t.toService = r.string(u"toService", hallhttp::Text);
        t.toWindow = r.string(u"toWindow", hallhttp::Text);
        t.priority = r.boolean(u"priority", Need::Optional, t.priority);
        t.note = r.string(u"note", hallhttp::Text); // its length is the engine's rule (invalid_transfer)
        if (!r.ok())
            return hallhttp::badRequest(r.error());
        return run([&](QueueEngine &e) { return e.transfer(windowId, t, a.device.actor()); }, ticketAndWindow(windowId));
    });
    windowRoute(u"complete"_s, [this, ticketAndWindow](const QString &windowId, const Admitted &a) {
        JsonReader r(a.body);
        const QString outcome = r.string(u"outcome", hallhttp::RequiredText);
        if (!r.ok())
            return hallhttp::badRequest(r.error());
        return run([&](QueueEngine &e) { return e.complete(windowId, outcome, a.device.actor()); }, ticketAndWindow(windowId));
    });
    windowRoute(u"pause"_s, [this, ticketAndWindow](const QString &windowId, const Admitted &a) {
        JsonReader r(a.body);
        const QString reason = r.string(u"reason", hallhttp::Text);
        if (!r.ok())
            return hallhttp::badRequest(r.error());
        return run([&](QueueEngine &e) { return e.pause(windowId, reason, a.device.actor()); }, ticketAndWindow(windowId));
    });
    windowRoute(u"resume"_s, [this, ticketAndWindow](const QString &windowId, const Admitted &a) {
        return run([&](QueueEngine &e) { return e.resume(windowId, a.device.actor()); }, ticketAndWindow(windowId));
    });

    // What the window's calling panel lists: any face may read it, as it may read the snapshot.
    const QString queuePath = u"/api/v1/windows/<arg>/queue"_s;
    m_http->route(
        queuePath, Method::Get,
        admittedWithArg(HallAction::Read, [this](const QString &windowId, const QHttpServerRequest &, const Admitted &) {
            const QJsonObject queue = m_core->windowQueueJson(windowId);
            if (queue.isEmpty())
                return hallhttp::problem(hallhttp::Status::NotFound, u"unknown_window"_s,
                                         HallText::tr("There is no window %1.").arg(windowId));
            return hallhttp::json(queue);
        }));
    m_http->route(queuePath, Method::AnyKnown, [](const QString &) { return hallhttp::methodNotAllowed(); });
}

} // namespace ow
