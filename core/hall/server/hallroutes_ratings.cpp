// Bad ratings and their follow-up (docs/hall-api.md, "Bad ratings"): GET /rating-follow-ups lists the
// tickets of some days rated 1 or 2 with what was done about each; POST /tickets/{id}/follow-ups records
// a call-back (回访) or a rectification (整改). Supervisors only. Not queue events: they change nobody's
// place in line, so they are kept apart from the event log.
#include "core/hall/server/hallserver_p.h"

using namespace Qt::StringLiterals;

namespace ow {

namespace {

constexpr int MaxFollowUpsPerRating = 50; // a rating followed up more often is a mistake or an attack
constexpr qsizetype MaxNoteLength = 500;

} // namespace

void HallServer::registerRatingRoutes()
{
    QHttpServer &http = *m_http;

    http.route(u"/api/v1/rating-follow-ups"_s, Method::Get, flushed([this](const QHttpServerRequest &request) {
                   QDate from, to;
                   if (auto refused = admitDays(request, HallAction::FollowUpRatings, &from, &to))
                       return std::move(*refused);
                   QString error;
                   HallStore::RatingCounts counts;
                   const QList<QJsonObject> list = m_core->store().badRatings(from, to, &counts, &error);
                   if (!error.isEmpty())
                       return hallhttp::storageFailed(error);
                   QJsonArray ratings;
                   for (const QJsonObject &o : list)
                       ratings.append(o);
                   return hallhttp::json({{u"ratings"_s, ratings},
                                          {u"rated"_s, counts.rated},
                                          {u"satisfied"_s, counts.satisfied},
                                          {u"seq"_s, m_core->lastSequence()}});
               }));
    http.route(u"/api/v1/rating-follow-ups"_s, Method::AnyKnown, [] { return hallhttp::methodNotAllowed(); });

    http.route(
        u"/api/v1/tickets/<arg>/follow-ups"_s, Method::Post,
        admittedWithArg(
            HallAction::FollowUpRatings, [this](const QString &ticketId, const QHttpServerRequest &, const Admitted &a) {
                JsonReader r(a.body);
                const QString kind = r.string(u"kind", {.need = Need::Required, .maxLength = 16});
                const QString note = r.string(u"note", {.need = Need::Required, .maxLength = MaxNoteLength, .trim = true});
                if (!r.ok())
                    return hallhttp::badRequest(r.error());
                if (kind != u"callback"_s && kind != u"rectification"_s)
                    return hallhttp::badRequest(HallText::tr("\"kind\" is callback or rectification."));
                QString error;
                const QJsonObject ticket = m_core->store().storedTicket(ticketId, &error);
                if (!error.isEmpty())
                    return hallhttp::storageFailed(error);
                if (ticket.isEmpty())
                    return hallhttp::problem(hallhttp::Status::NotFound, u"ticket_not_found"_s,
                                             HallText::tr("There is no ticket %1.").arg(ticketId.left(64)));
                const int rating = ticket.value(u"rating"_s).toInt();
                if (rating < 1 || rating > 2)
                    return hallhttp::problem(hallhttp::Status::Conflict, u"not_a_bad_rating"_s,
                                             HallText::tr("Ticket %1 was not rated 1 or 2: there is nothing to follow up.")
                                                 .arg(ticket.value(u"code"_s).toString()));
                const int count = m_core->store().followUpCount(ticketId, &error);
                if (!error.isEmpty())
                    return hallhttp::storageFailed(error);
                if (count >= MaxFollowUpsPerRating)
                    return hallhttp::problem(hallhttp::Status::Conflict, u"too_many_follow_ups"_s,
                                             HallText::tr("Ticket %1 already has %2 follow-ups.")
                                                 .arg(ticket.value(u"code"_s).toString())
                                                 .arg(MaxFollowUpsPerRating));
                const QJsonObject followUp =
                    m_core->store().addFollowUp(ticketId, kind, note, a.device.actor(), m_core->engine().clock().now(), &error);
                if (followUp.isEmpty())
                    return hallhttp::storageFailed(error);
                return hallhttp::json({{u"ticketId"_s, ticketId}, {u"followUp"_s, followUp}, {u"seq"_s, m_core->lastSequence()}},
                                      hallhttp::Status::Created);
            }));
    http.route(u"/api/v1/tickets/<arg>/follow-ups"_s, Method::AnyKnown,
               [](const QString &) { return hallhttp::methodNotAllowed(); });
}

} // namespace ow
