// The window routes: call next, call, recall, no-show, transfer, complete, pause, resume. A window token
// acts only at its own window; a supervisor at any.
#include "core/hall/server/hallserver_p.h"

using namespace Qt::StringLiterals;

namespace ow {

namespace {

QJsonValue orNull(const QJsonObject &o)
{
    return o.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o);
}

} // namespace

void HallServer::registerWindowRoutes()
{
    // What every window operation answers: the ticket it is about and the window after it.
    const auto ticketAndWindow = [this](const QString &windowId) {
        return [this, windowId](const QueueResult &r) {
            return QJsonObject{{u"ticket"_s, orNull(m_core->ticketJson(r.ticketId))},
                               {u"completed"_s, orNull(m_core->ticketJson(r.completedTicketId))},
                               {u"requeued"_s, r.requeued},
                               {u"window"_s, m_core->windowJson(windowId)}};
        };
    };
    // A window operation: the handler reads what it needs from the body and gives the engine's operation;
    // a body it cannot read is a 400, anything else runs and answers ticketAndWindow.
    using Operation = std::function<QueueResult(QueueEngine &)>;
    using Handler = std::function<Operation(const QString &windowId, const QString &actor, JsonReader &body)>;
    const auto windowRoute = [this, ticketAndWindow](const QString &action, Handler handler) {
        const QString path = u"/api/v1/windows/<arg>/"_s + action;
        m_http->route(
            path, Method::Post,
            flushedWithArg([this, handler, ticketAndWindow](const QString &windowId, const QHttpServerRequest &request) {
                Admitted a;
                if (auto refused = admit(request, HallAction::WindowOp, windowId, &a))
                    return std::move(*refused);
                JsonReader body(a.body);
                const Operation operation = handler(windowId, a.device.actor(), body);
                if (!body.ok())
                    return hallhttp::badRequest(body.error());
                return run(operation, ticketAndWindow(windowId));
            }));
        m_http->route(path, Method::AnyKnown, [](const QString &) {
            return hallhttp::problem(hallhttp::Status::MethodNotAllowed, u"method_not_allowed"_s,
                                     HallText::tr("This path does not take that method."));
        });
    };

    windowRoute(u"call-next"_s, [](const QString &windowId, const QString &actor, JsonReader &r) -> Operation {
        const QString outcome = r.string(u"completeCurrent", hallhttp::Text);
        return [=](QueueEngine &e) { return e.callNext(windowId, actor, outcome); };
    });
    windowRoute(u"call"_s, [](const QString &windowId, const QString &actor, JsonReader &r) -> Operation {
        const QString ticket = r.string(u"ticket", hallhttp::RequiredText);
        const QString outcome = r.string(u"completeCurrent", hallhttp::Text);
        return [=](QueueEngine &e) { return e.callTicket(windowId, ticket, actor, outcome); };
    });
    windowRoute(u"recall"_s, [](const QString &windowId, const QString &actor, JsonReader &) -> Operation {
        return [=](QueueEngine &e) { return e.recall(windowId, actor); };
    });
    windowRoute(u"no-show"_s, [](const QString &windowId, const QString &actor, JsonReader &) -> Operation {
        return [=](QueueEngine &e) { return e.noShow(windowId, actor); };
    });
    windowRoute(u"transfer"_s, [](const QString &windowId, const QString &actor, JsonReader &r) -> Operation {
        TransferRequest t;
        t.toService = r.string(u"toService", hallhttp::Text);
        t.toWindow = r.string(u"toWindow", hallhttp::Text);
        t.priority = r.boolean(u"priority", Need::Optional, t.priority);
        t.note = r.string(u"note", hallhttp::Text); // its length is the engine's rule (invalid_transfer)
        return [=](QueueEngine &e) { return e.transfer(windowId, t, actor); };
    });
    windowRoute(u"complete"_s, [](const QString &windowId, const QString &actor, JsonReader &r) -> Operation {
        const QString outcome = r.string(u"outcome", hallhttp::RequiredText);
        return [=](QueueEngine &e) { return e.complete(windowId, outcome, actor); };
    });
    windowRoute(u"pause"_s, [](const QString &windowId, const QString &actor, JsonReader &r) -> Operation {
        const QString reason = r.string(u"reason", hallhttp::Text);
        return [=](QueueEngine &e) { return e.pause(windowId, reason, actor); };
    });
    windowRoute(u"resume"_s, [](const QString &windowId, const QString &actor, JsonReader &) -> Operation {
        return [=](QueueEngine &e) { return e.resume(windowId, actor); };
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
