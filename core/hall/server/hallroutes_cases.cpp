// The dashboard's reading and the windows' case reports (docs/hall-api.md, "Case summaries, the day's
// tickets and supervisor changes"): POST/GET /case-summaries and GET /tickets over a range of days.
#include "core/hall/protocol/casesummary.h"
#include "core/hall/server/hallserver_p.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

constexpr int MaxSummaries = 500;
constexpr int MaxDays = 93; // a quarter: the longest range the dashboard's reports ask for

// ?from=DAY&to=DAY; each defaults to today (the hall's day), so "from" alone means "from then until today";
// at most MaxDays. False with the message for a 400 otherwise.
bool dayRange(const QHttpServerRequest &request, const QDate &today, QDate *from, QDate *to, QString *error)
{
    const QUrlQuery query = request.query();
    const auto read = [&](const QString &key, QDate *out) {
        const QString text = query.queryItemValue(key);
        *out = text.isEmpty() ? today : QDate::fromString(text, Qt::ISODate);
        return out->isValid();
    };
    if (!read(u"from"_s, from) || !read(u"to"_s, to)) {
        *error = HallText::tr("\"from\" and \"to\" must be dates like 2026-11-28.");
        return false;
    }
    if (*from > *to || from->daysTo(*to) >= MaxDays) {
        *error = HallText::tr("\"from\" must not be after \"to\", and a range has at most %1 days.").arg(MaxDays);
        return false;
    }
    return true;
}

} // namespace

std::optional<QHttpServerResponse> HallServer::admitDays(const QHttpServerRequest &request, HallAction action, QDate *from,
                                                         QDate *to) const
{
    Admitted a;
    if (auto refused = admit(request, action, {}, &a))
        return refused;
    QString error;
    if (!dayRange(request, m_core->engine().dayOf(m_core->engine().clock().now()), from, to, &error))
        return hallhttp::badRequest(error);
    return std::nullopt;
}

namespace {

QJsonArray toArray(const QList<QJsonObject> &list)
{
    QJsonArray array;
    for (const QJsonObject &o : list)
        array.append(o);
    return array;
}

} // namespace

QHttpServerResponse HallServer::dayList(const QHttpServerRequest &request, HallAction action, const QString &key,
                                        QList<QJsonObject> (HallStore::*read)(const QDate &, const QDate &, QString *))
{
    QDate from, to;
    if (auto refused = admitDays(request, action, &from, &to))
        return std::move(*refused);
    QString error;
    const QList<QJsonObject> list = (m_core->store().*read)(from, to, &error);
    if (!error.isEmpty())
        return hallhttp::storageFailed(error);
    return hallhttp::json({{key, toArray(list)}, {u"seq"_s, m_core->lastSequence()}});
}

void HallServer::registerCaseRoutes()
{
    QHttpServer &http = *m_http;
    http.route(u"/api/v1/case-summaries"_s, Method::Post,
               admitted(HallAction::ReportCases, [this](const QHttpServerRequest &, const Admitted &a) {
                   JsonReader body(a.body);
                   const QJsonArray array = body.array(u"summaries", {.need = Need::Required, .maxItems = MaxSummaries});
                   if (!body.ok() || array.isEmpty())
                       return hallhttp::badRequest(
                           HallText::tr("\"summaries\" must be an array of 1 to %1 case summaries.").arg(MaxSummaries));
                   // Everything is read and checked before anything is stored: a bad summary refuses the whole request.
                   QList<CaseSummary> incoming;
                   for (qsizetype i = 0; i < array.size(); ++i) {
                       CaseSummary s;
                       JsonReader r = body.item(u"summaries", array, i);
                       if (!CaseSummary::fromJson(r, &s)) {
                           const JsonProblem::Kind kind = r.problem().kind;
                           const bool tooLarge = kind == JsonProblem::Kind::TooLong || kind == JsonProblem::Kind::TooMany;
                           return hallhttp::badRequest(r.error(), tooLarge ? u"summary_too_large"_s : u"invalid_summary"_s);
                       }
                       if (a.device.role == HallRole::Window && s.windowId != a.device.windowId)
                           return hallhttp::forbidden();
                       if (!m_core->engine().config().window(s.windowId))
                           return hallhttp::badRequest(
                               HallText::tr("summaries[%1].windowId: there is no window %2.").arg(i).arg(s.windowId),
                               u"unknown_window"_s);
                       incoming.append(s);
                   }
                   // Newest updatedAt wins, against the hall's copy and inside the request; a resend is ignored.
                   QList<CaseSummary> fresh;
                   QHash<QString, qsizetype> freshIndex;
                   int ignored = 0;
                   HallStore &store = m_core->store();
                   for (CaseSummary &s : incoming) {
                       QString storedWindow;
                       QDateTime storedAt;
                       QString error;
                       if (!store.summaryVersion(s.caseId, &storedWindow, &storedAt, &error))
                           return hallhttp::storageFailed(error);
                       if (a.device.role == HallRole::Window && !storedWindow.isEmpty() && storedWindow != a.device.windowId)
                           return hallhttp::problem(
                               hallhttp::Status::Forbidden, u"case_of_other_window"_s,
                               HallText::tr("Case %1 was reported by window %2.").arg(s.caseId, storedWindow));
                       const auto earlier = freshIndex.constFind(s.caseId);
                       if (earlier != freshIndex.constEnd())
                           storedAt = fresh.at(*earlier).updatedAt;
                       if (storedAt.isValid() && s.updatedAt <= storedAt) {
                           ++ignored;
                           continue;
                       }
                       if (s.ticketId.isEmpty()) {
                           s.ticketId = store.ticketOfCase(s.caseId, &error);
                           if (!error.isEmpty())
                               return hallhttp::storageFailed(error);
                       }
                       if (earlier != freshIndex.constEnd()) {
                           fresh[*earlier] = s;
                           ++ignored; // the older one of the two in this request
                       } else {
                           freshIndex.insert(s.caseId, fresh.size());
                           fresh.append(s);
                       }
                   }
                   if (fresh.isEmpty())
                       return hallhttp::json({{u"stored"_s, 0}, {u"ignored"_s, ignored}, {u"seq"_s, m_core->lastSequence()}});
                   const QString actor = a.device.actor();
                   return run(
                       [&](QueueEngine &e) {
                           QueueResult all;
                           for (const CaseSummary &s : std::as_const(fresh)) {
                               const QueueResult r = e.record(QueueEventType::CaseReported, s.windowId, s.toJson(), actor);
                               all.events.append(r.events);
                               all.tickets.insert(r.tickets);
                               all.windows.insert(r.windows);
                               all.bookings.insert(r.bookings);
                           }
                           return all;
                       },
                       [&](const QueueResult &) {
                           return QJsonObject{{u"stored"_s, int(fresh.size())}, {u"ignored"_s, ignored}};
                       },
                       200,
                       [&](HallStore &s, QString *error) {
                           for (const CaseSummary &summary : std::as_const(fresh)) {
                               if (!s.writeSummary(summary, error))
                                   return false;
                           }
                           return true;
                       });
               }));
    http.route(u"/api/v1/case-summaries"_s, Method::Get, flushed([this](const QHttpServerRequest &request) {
                   return dayList(request, HallAction::ReadCases, u"summaries"_s, &HallStore::summaries);
               }));
    http.route(u"/api/v1/case-summaries"_s, Method::AnyKnown, [] { return hallhttp::methodNotAllowed(); });

    // Registered before POST /tickets and its catch-all (hallroutes.cpp), which would answer 405 to a GET.
    http.route(u"/api/v1/tickets"_s, Method::Get, flushed([this](const QHttpServerRequest &request) {
                   return dayList(request, HallAction::ReadTickets, u"tickets"_s, &HallStore::tickets);
               }));
}

} // namespace ow
