#pragma once
// Internal to core/hall: what admit() hands the route handlers, the adapters every route uses, and what
// every route file (hallroutes*.cpp) works with: the core, the HTTP answers, the hall's texts, JSON.

#include "core/hall/protocol/halltext.h"
#include "core/hall/server/hallcore.h"
#include "core/hall/server/hallhttp.h"
#include "core/hall/server/hallserver.h"
#include "core/json/jsonreader.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QTcpSocket>

namespace ow {

using Method = QHttpServerRequest::Method;

struct HallServer::Admitted {
    HallDevice device;
    QJsonObject body;
};

// Answers through the responder and flushes the socket at once. QHttpServer 6.4 leaves a reply in the
// socket's buffer until the event loop comes round again, so when several windows called in the same
// pass every reply waited for the whole pass (onewindow-bench-hall saw it in the p99).
template <typename Handler>
auto flushed(Handler handler)
{
    return [handler](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        QTcpSocket *socket = responder.socket();
        handler(request).write(std::move(responder));
        if (socket)
            socket->flush();
    };
}

// The same for a route with one captured path argument ("<arg>").
template <typename Handler>
auto flushedWithArg(Handler handler)
{
    return [handler](const QString &arg, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        QTcpSocket *socket = responder.socket();
        handler(arg, request).write(std::move(responder));
        if (socket)
            socket->flush();
    };
}

template <typename Handler>
auto HallServer::admitted(HallAction action, Handler handler)
{
    return flushed([this, action, handler](const QHttpServerRequest &request) {
        Admitted a;
        if (auto refused = admit(request, action, {}, &a))
            return std::move(*refused);
        return QHttpServerResponse(handler(request, a));
    });
}

template <typename Handler>
auto HallServer::admittedWithArg(HallAction action, Handler handler)
{
    return flushedWithArg([this, action, handler](const QString &arg, const QHttpServerRequest &request) {
        Admitted a;
        if (auto refused = admit(request, action, {}, &a))
            return std::move(*refused);
        return QHttpServerResponse(handler(arg, request, a));
    });
}

} // namespace ow
