// HallClient's requests: one QNetworkAccessManager call each, answered through a HallReply.
#include "core/hall/client/hallclient.h"
#include "core/hall/protocol/halllog.h"
#include "core/hall/protocol/halltext.h"
#include "core/net/boundedreply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace ow {

void HallReply::finish(const HallResult &result)
{
    m_finished = true;
    Q_EMIT finished(result);
    deleteLater();
}

namespace {

HallResult faulted(HallResult::Fault fault, const QString &code, const QString &message, int answered = 0)
{
    HallResult r;
    r.fault = fault;
    r.errorCode = code;
    r.errorMessage = message;
    r.answeredStatus = answered;
    return r;
}

} // namespace

HallReply *HallClient::send(const QByteArray &method, const QString &path, const Expect &expect, const QJsonObject &body,
                            const QUrlQuery *query)
{
    QUrl url = m_options.baseUrl;
    url.setPath(u"/api/v1"_s + path);
    if (query)
        url.setQuery(*query);
    QNetworkRequest request(url);
    // No redirect is followed (the token would go wherever it points): a 3xx is reported as a configuration
    // mistake.
    net::prepare(request, m_options.token,
                 std::chrono::milliseconds(std::min(m_options.requestTimeoutMs, m_options.requestDeadlineMs)));
    if (url.scheme() == u"https"_s)
        request.setSslConfiguration(m_tls);
    QNetworkReply *reply = nullptr;
    if (method == "GET") {
        reply = m_nam->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_nam->sendCustomRequest(request, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    auto *result = new HallReply(this);
    track(reply, result, expect);
    return result;
}

void HallClient::track(QNetworkReply *reply, HallReply *out, const Expect &expect)
{
    const qint64 sizeLimit = std::max<qint64>(1024, expect.list ? m_options.maxListReplyBytes : m_options.maxReplyBytes);
    const int deadlineMs = m_options.requestDeadlineMs;
    net::readBounded(
        reply, sizeLimit, std::chrono::milliseconds(deadlineMs), this,
        [out, sizeLimit, deadlineMs, check = expect.check](QNetworkReply *reply, net::BoundedAnswer answer) {
            const QString what = net::describe(reply);
            const int status = answer.status;
            const QByteArray &data = answer.body;
            HallResult r;
            if (answer.cut == net::Cut::TooLarge) {
                r = faulted(HallResult::Fault::TooLarge, u"reply_too_large"_s,
                            HallText::tr("The hall service's answer passed %1 bytes and was cut off.").arg(sizeLimit), status);
            } else if (answer.cut == net::Cut::DeadlinePassed) {
                r = faulted(HallResult::Fault::DeadlinePassed, u"timeout"_s,
                            HallText::tr("The hall service gave no complete answer within %n second(s).", nullptr,
                                         std::max(1, (deadlineMs + 999) / 1000)),
                            status);
            } else if (answer.transferFailed) {
                // No status line, or the rest did not come (reset, closed early): a cut-off body is no answer.
                r = faulted(HallResult::Fault::Network, u"network"_s, reply->errorString(), status);
            } else if (status >= 300 && status < 400) {
                const QUrl to = net::redirectTarget(reply);
                r = faulted(HallResult::Fault::Redirected, u"redirected"_s,
                            HallText::tr("The hall service's address answered with a redirect (HTTP %1) to %2, which is not "
                                         "followed. Is the hall service's address right?")
                                .arg(status)
                                .arg(to.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)),
                            status);
            } else {
                const QByteArray contentType = reply->rawHeader("Content-Type");
                QJsonParseError parseError;
                const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
                const bool ok = status >= 200 && status < 300;
                std::optional<QString> wrong;
                if (!hallanswer::isJsonContentType(contentType) || parseError.error != QJsonParseError::NoError
                    || !document.isObject())
                    wrong = HallText::tr("not JSON (%1): %2").arg(QString::fromLatin1(contentType.left(60)), net::excerpt(data));
                else if (ok && check)
                    wrong = check(document.object());
                else if (!ok && !document.object().value(u"code"_s).isString())
                    wrong = HallText::tr("a refusal without the hall's problem code: %1").arg(net::excerpt(data));
                if (wrong) {
                    r = faulted(HallResult::Fault::NotHall, u"not_hall"_s,
                                HallText::tr("The answer at the hall service's address (HTTP %1) is not the hall service's: %2. "
                                             "A captive portal or a proxy?")
                                    .arg(status)
                                    .arg(*wrong),
                                status);
                } else {
                    r.httpStatus = status;
                    r.body = document.object();
                    if (!ok) {
                        r.errorCode = r.body.value(u"code"_s).toString();
                        r.errorMessage = r.body.value(u"detail"_s).toString(reply->errorString());
                    }
                }
            }
            if (r.fault != HallResult::Fault::None)
                qCWarning(lcHall).noquote() << what << "failed:" << r.errorCode << r.errorMessage;
            else
                qCDebug(lcHall).noquote() << what << r.httpStatus;
            out->finish(r);
        });
}

HallReply *HallClient::fetchSnapshot()
{
    return send("GET", u"/snapshot"_s, {hallanswer::snapshot});
}

HallReply *HallClient::fetchStatistics(const QDate &day)
{
    QUrlQuery query;
    if (day.isValid())
        query.addQueryItem(u"day"_s, day.toString(Qt::ISODate));
    return send("GET", u"/statistics"_s, {hallanswer::statistics, true}, {}, &query);
}

HallReply *HallClient::fetchEvents(qint64 since, int limit, const QStringList &types)
{
    QUrlQuery query;
    query.addQueryItem(u"since"_s, QString::number(since));
    query.addQueryItem(u"limit"_s, QString::number(limit));
    if (!types.isEmpty())
        query.addQueryItem(u"types"_s, types.join(u','));
    return send("GET", u"/events"_s, {hallanswer::events, true}, {}, &query);
}

HallReply *HallClient::fetchTicket(const QString &idOrCode)
{
    return send("GET", u"/tickets/"_s + idOrCode, {hallanswer::ticket});
}

HallReply *HallClient::issueTicket(const QString &service, const QString &priority)
{
    QJsonObject body{{u"service"_s, service}};
    if (!priority.isEmpty())
        body.insert(u"priority"_s, priority);
    return send("POST", u"/tickets"_s, {hallanswer::ticket}, body);
}

HallReply *HallClient::checkIn(const QString &bookingCode)
{
    return send("POST", u"/tickets"_s, {hallanswer::ticket}, {{u"bookingCode"_s, bookingCode}});
}

namespace {

QString windowPath(const QString &windowId, const QString &action)
{
    return u"/windows/"_s + windowId + u'/' + action; // ids are letters, digits, '-' and '_' (the config says so)
}

} // namespace

HallReply *HallClient::fetchWindowQueue(const QString &windowId)
{
    return send("GET", windowPath(windowId, u"queue"_s), {hallanswer::tickets, true});
}

HallReply *HallClient::callNext(const QString &windowId, const QString &completeOutcome)
{
    QJsonObject body;
    if (!completeOutcome.isEmpty())
        body.insert(u"completeCurrent"_s, completeOutcome);
    return send("POST", windowPath(windowId, u"call-next"_s), {hallanswer::call}, body);
}

HallReply *HallClient::callTicket(const QString &windowId, const QString &ticketRef, const QString &completeOutcome)
{
    QJsonObject body{{u"ticket"_s, ticketRef}};
    if (!completeOutcome.isEmpty())
        body.insert(u"completeCurrent"_s, completeOutcome);
    return send("POST", windowPath(windowId, u"call"_s), {hallanswer::ticketAndWindow}, body);
}

HallReply *HallClient::recall(const QString &windowId)
{
    return send("POST", windowPath(windowId, u"recall"_s), {hallanswer::ticketAndWindow});
}

HallReply *HallClient::noShow(const QString &windowId)
{
    return send("POST", windowPath(windowId, u"no-show"_s), {hallanswer::ticketAndWindow});
}

HallReply *HallClient::transfer(const QString &windowId, const QString &toService, const QString &toWindow, bool priority,
                                const QString &note)
{
    QJsonObject body{{u"priority"_s, priority}};
    if (!note.isEmpty())
        body.insert(u"note"_s, note); // left out without one: a hall older than the note takes the request
    if (!toService.isEmpty())
        body.insert(u"toService"_s, toService);
    if (!toWindow.isEmpty())
        body.insert(u"toWindow"_s, toWindow);
    return send("POST", windowPath(windowId, u"transfer"_s), {hallanswer::ticketAndWindow}, body);
}

HallReply *HallClient::complete(const QString &windowId, const QString &outcome)
{
    return send("POST", windowPath(windowId, u"complete"_s), {hallanswer::ticketAndWindow}, {{u"outcome"_s, outcome}});
}

HallReply *HallClient::pause(const QString &windowId, const QString &reason)
{
    return send("POST", windowPath(windowId, u"pause"_s), {hallanswer::window}, {{u"reason"_s, reason}});
}

HallReply *HallClient::resume(const QString &windowId)
{
    return send("POST", windowPath(windowId, u"resume"_s), {hallanswer::window});
}

HallReply *HallClient::linkCases(const QString &ticketRef, const QStringList &caseIds)
{
    return send("POST", u"/tickets/"_s + ticketRef + u"/cases"_s,
                {[caseIds](const QJsonObject &b) { return hallanswer::linked(b, caseIds); }},
                {{u"caseIds"_s, QJsonArray::fromStringList(caseIds)}});
}

HallReply *HallClient::rate(const QString &ticketRef, int rating, const QString &comment, const QStringList &reasons)
{
    return send(
        "POST", u"/tickets/"_s + ticketRef + u"/rating"_s, {hallanswer::ticket},
        reasons.isEmpty()
            ? QJsonObject{{u"rating"_s, rating}, {u"comment"_s, comment}}
            : QJsonObject{{u"rating"_s, rating}, {u"comment"_s, comment}, {u"reasons"_s, QJsonArray::fromStringList(reasons)}});
}

HallReply *HallClient::registerBooking(const QString &code, const QString &service, const QDateTime &slotStart,
                                       const QDateTime &slotEnd)
{
    return send("POST", u"/bookings"_s, {hallanswer::booking},
                {{u"code"_s, code},
                 {u"service"_s, service},
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
    return send("GET", u"/tickets"_s, {hallanswer::tickets, true}, {}, &query);
}

HallReply *HallClient::fetchRatingFollowUps(const QDate &from, const QDate &to)
{
    const QUrlQuery query = dayRange(from, to);
    return send("GET", u"/rating-follow-ups"_s, {hallanswer::ratingFollowUps, true}, {}, &query);
}

HallReply *HallClient::recordFollowUp(const QString &ticketId, const QString &kind, const QString &note)
{
    return send("POST", u"/tickets/"_s + ticketId + u"/follow-ups"_s, {hallanswer::followUp},
                {{u"kind"_s, kind}, {u"note"_s, note}});
}

HallReply *HallClient::setWindowServices(const QString &windowId, const QList<WindowService> &services)
{
    return send("POST", windowPath(windowId, u"services"_s), {hallanswer::window},
                {{u"services"_s, windowServicesJson(services)}});
}

HallReply *HallClient::reportCases(const QList<CaseSummary> &summaries)
{
    QJsonArray array;
    for (const CaseSummary &s : summaries)
        array.append(s.toJson());
    return send("POST", u"/case-summaries"_s, {hallanswer::stored}, {{u"summaries"_s, array}});
}

HallReply *HallClient::fetchCaseSummaries(const QDate &from, const QDate &to)
{
    const QUrlQuery query = dayRange(from, to);
    return send("GET", u"/case-summaries"_s, {hallanswer::summaries, true}, {}, &query);
}

} // namespace ow
