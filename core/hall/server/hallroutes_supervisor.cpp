// The supervisor's changes to the hall: reassigning a window's services (docs/hall-api.md). The queue
// engine calls by the new services from the next call on; the change is kept with the window's record.
#include "core/hall/server/hallserver_p.h"

using namespace Qt::StringLiterals;

namespace ow {

void HallServer::registerSupervisorRoutes()
{
    QHttpServer &http = *m_http;
    http.route(u"/api/v1/windows/<arg>/services"_s, Method::Post,
               admittedWithArg(
                   HallAction::ManageWindows, [this](const QString &windowId, const QHttpServerRequest &, const Admitted &a) {
                       if (!m_core->engine().config().window(windowId))
                           return hallhttp::problem(hallhttp::Status::NotFound, u"unknown_window"_s,
                                                    HallText::tr("There is no window %1.").arg(windowId));
                       QList<WindowService> services;
                       JsonReader r(a.body);
                       if (!readWindowServices(r, u"services", m_core->engine().config(), &services))
                           return hallhttp::problem(hallhttp::Status::BadRequest, u"bad_request"_s, r.error());
                       return run([&](QueueEngine &e) { return e.setWindowServices(windowId, services, a.device.actor()); },
                                  [this, windowId](const QueueResult &) {
                                      return QJsonObject{{u"window"_s, m_core->windowJson(windowId)}};
                                  });
                   }));
    http.route(u"/api/v1/windows/<arg>/services"_s, Method::AnyKnown, [](const QString &) {
        return hallhttp::problem(hallhttp::Status::MethodNotAllowed, u"method_not_allowed"_s,
                                 HallText::tr("This path does not take that method."));
    });
}

} // namespace ow
