// HallClient's requests: one QNetworkAccessManager call each, answered through a HallReply.
#include "hallclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ow {

HallTicket HallResult::ticket() const
{
    return HallTicket::fromJson(body.value(u"ticket"_s).toObject());
}

HallTicket HallResult::completed() const
{
    return HallTicket::fromJson(body.value(u"completed"_s).toObject());
}

HallWindow HallResult::window() const
{
    return HallWindow::fromJson(body.value(u"window"_s).toObject());
}

HallSnapshot HallResult::snapshot() const
{
    return HallSnapshot::fromJson(body);
}

HallStatistics HallResult::statistics() const
{
    return HallStatistics::fromJson(body);
}

QList<CaseSummary> HallResult::summaries() const
{
    QList<CaseSummary> list;
    for (const QJsonValue &v : body.value(u"summaries"_s).toArray()) {
        CaseSummary s;
        if (CaseSummary::fromJson(v.toObject(), &s))
            list.append(s);
    }
    return list;
}

QList<HallTicket> HallResult::tickets() const
{
    QList<HallTicket> list;
    for (const QJsonValue &v : body.value(u"tickets"_s).toArray())
        list.append(HallTicket::fromJson(v.toObject()));
    return list;
}

int HallResult::stored() const
{
    return body.value(u"stored"_s).toInt();
}

int HallResult::ignored() const
{
    return body.value(u"ignored"_s).toInt();
}

void HallReply::finish(const HallResult &result)
{
    m_finished = true;
    Q_EMIT finished(result);
    deleteLater();
}

HallReply *HallClient::send(const QByteArray &method, const QString &path, const QJsonObject &body, const QUrlQuery *query)
{
    QUrl url = m_options.baseUrl;
    url.setPath(u"/api/v1"_s + path);
    if (query)
        url.setQuery(*query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_options.token);
    request.setTransferTimeout(m_options.requestTimeoutMs);
    QNetworkReply *reply = nullptr;
    if (method == "GET") {
        reply = m_nam->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_nam->sendCustomRequest(request, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    auto *result = new HallReply(this);
    connect(reply, &QNetworkReply::finished, this, [this, reply, result] { finishReply(reply, result); });
    return result;
}

void HallClient::finishReply(QNetworkReply *reply, HallReply *out)
{
    reply->deleteLater();
    HallResult r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    r.body = QJsonDocument::fromJson(data).object();
    if (r.httpStatus == 0) {
        r.errorCode = u"network"_s;
        r.errorMessage = reply->errorString();
    } else if (!r.ok()) {
        r.errorCode = r.body.value(u"code"_s).toString(u"http_%1"_s.arg(r.httpStatus));
        r.errorMessage = r.body.value(u"detail"_s).toString(reply->errorString());
    }
    out->finish(r);
}

HallReply *HallClient::fetchSnapshot()
{
    return send("GET", u"/snapshot"_s);
}

HallReply *HallClient::fetchStatistics(const QDate &day)
{
    QUrlQuery query;
    if (day.isValid())
        query.addQueryItem(u"day"_s, day.toString(Qt::ISODate));
    return send("GET", u"/statistics"_s, {}, &query);
}

HallReply *HallClient::fetchEvents(qint64 since, int limit)
{
    QUrlQuery query;
    query.addQueryItem(u"since"_s, QString::number(since));
    query.addQueryItem(u"limit"_s, QString::number(limit));
    return send("GET", u"/events"_s, {}, &query);
}

HallReply *HallClient::fetchTicket(const QString &idOrCode)
{
    return send("GET", u"/tickets/"_s + idOrCode);
}

HallReply *HallClient::issueTicket(const QString &service, const QString &priority)
{
    QJsonObject body{{u"service"_s, service}};
    if (!priority.isEmpty())
        body.insert(u"priority"_s, priority);
    return send("POST", u"/tickets"_s, body);
}

HallReply *HallClient::checkIn(const QString &bookingCode)
{
    return send("POST", u"/tickets"_s, {{u"bookingCode"_s, bookingCode}});
}

namespace {

QString windowPath(const QString &windowId, const QString &action)
{
    return u"/windows/"_s + windowId + u'/' + action; // ids are letters, digits, '-' and '_' (the config says so)
}

} // namespace

HallReply *HallClient::callNext(const QString &windowId, const QString &completeOutcome)
{
    QJsonObject body;
    if (!completeOutcome.isEmpty())
        body.insert(u"completeCurrent"_s, completeOutcome);
    return send("POST", windowPath(windowId, u"call-next"_s), body);
}

HallReply *HallClient::callTicket(const QString &windowId, const QString &ticketRef, const QString &completeOutcome)
{
    QJsonObject body{{u"ticket"_s, ticketRef}};
    if (!completeOutcome.isEmpty())
        body.insert(u"completeCurrent"_s, completeOutcome);
    return send("POST", windowPath(windowId, u"call"_s), body);
}

HallReply *HallClient::recall(const QString &windowId)
{
    return send("POST", windowPath(windowId, u"recall"_s));
}

HallReply *HallClient::noShow(const QString &windowId)
{
    return send("POST", windowPath(windowId, u"no-show"_s));
}

HallReply *HallClient::transfer(const QString &windowId, const QString &toService, const QString &toWindow, bool priority)
{
    QJsonObject body{{u"priority"_s, priority}};
    if (!toService.isEmpty())
        body.insert(u"toService"_s, toService);
    if (!toWindow.isEmpty())
        body.insert(u"toWindow"_s, toWindow);
    return send("POST", windowPath(windowId, u"transfer"_s), body);
}

HallReply *HallClient::complete(const QString &windowId, const QString &outcome)
{
    return send("POST", windowPath(windowId, u"complete"_s), {{u"outcome"_s, outcome}});
}

HallReply *HallClient::pause(const QString &windowId, const QString &reason)
{
    return send("POST", windowPath(windowId, u"pause"_s), {{u"reason"_s, reason}});
}

HallReply *HallClient::resume(const QString &windowId)
{
    return send("POST", windowPath(windowId, u"resume"_s));
}

HallReply *HallClient::linkCases(const QString &ticketRef, const QStringList &caseIds)
{
    return send("POST", u"/tickets/"_s + ticketRef + u"/cases"_s,
                {{u"caseIds"_s, QJsonArray::fromStringList(caseIds)}});
}

HallReply *HallClient::rate(const QString &ticketRef, int rating, const QString &comment)
{
    return send("POST", u"/tickets/"_s + ticketRef + u"/rating"_s,
                {{u"rating"_s, rating}, {u"comment"_s, comment}});
}

HallReply *HallClient::registerBooking(const QString &code, const QString &service, const QDateTime &slotStart,
                                       const QDateTime &slotEnd)
{
    return send("POST", u"/bookings"_s,
                {{u"code"_s, code}, {u"service"_s, service},
                 {u"slotStart"_s, slotStart.toUTC().toString(Qt::ISODateWithMs)},
                 {u"slotEnd"_s, slotEnd.toUTC().toString(Qt::ISODateWithMs)}});
}

namespace {

QUrlQuery dayRange(const QDate &from, const QDate &to)
{
    QUrlQuery query;
    if (from.isValid())
        query.addQueryItem(u"from"_s, from.toString(Qt::ISODate));
    if (to.isValid())
        query.addQueryItem(u"to"_s, to.toString(Qt::ISODate));
    return query;
}

} // namespace

HallReply *HallClient::fetchTickets(const QDate &from, const QDate &to)
{
    const QUrlQuery query = dayRange(from, to);
    return send("GET", u"/tickets"_s, {}, &query);
}

HallReply *HallClient::setWindowServices(const QString &windowId, const QList<WindowService> &services)
{
    return send("POST", windowPath(windowId, u"services"_s), {{u"services"_s, windowServicesJson(services)}});
}

HallReply *HallClient::reportCases(const QList<CaseSummary> &summaries)
{
    QJsonArray array;
    for (const CaseSummary &s : summaries)
        array.append(s.toJson());
    return send("POST", u"/case-summaries"_s, {{u"summaries"_s, array}});
}

HallReply *HallClient::fetchCaseSummaries(const QDate &from, const QDate &to)
{
    const QUrlQuery query = dayRange(from, to);
    return send("GET", u"/case-summaries"_s, {}, &query);
}

} // namespace ow
