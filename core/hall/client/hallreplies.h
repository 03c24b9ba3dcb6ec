#pragma once
// What counts as the hall service's answer (docs/hall-api.md, "Client limits"). Whoever answers on the
// hall's address is not necessarily the hall: a captive portal's page, a proxy's error, a web server's
// fallback, JSON of another service. A HallResult is a success only when the answer is JSON and has the
// shape the request's reply has in the contract; a refusal only when it is a problem in the hall's words
// (a "code"). Pure functions, tested on their own; HallClient applies them to every reply.

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ow {

// Empty when the body fits; otherwise a short (translated) reason.
using HallAnswerCheck = std::function<std::optional<QString>(const QJsonObject &body)>;

namespace hallanswer {

// Content types the hall answers with; anything else is not the hall's answer.
bool isJsonContentType(const QByteArray &contentType);

std::optional<QString> snapshot(const QJsonObject &body); // hall, seq, windows, waiting
std::optional<QString> ticket(const QJsonObject &body);   // a ticket with an id
std::optional<QString> call(const QJsonObject &body);     // "ticket" an object or null, a window
std::optional<QString> ticketAndWindow(const QJsonObject &body);
std::optional<QString> window(const QJsonObject &body);
std::optional<QString> booking(const QJsonObject &body);         // a booking (hallbookings.h)
std::optional<QString> bookings(const QJsonObject &body);        // bookings array
std::optional<QString> bookingSlots(const QJsonObject &body);    // slots array
std::optional<QString> events(const QJsonObject &body);          // events array, seq
std::optional<QString> statistics(const QJsonObject &body);      // day, services, windows
std::optional<QString> tickets(const QJsonObject &body);         // tickets array
std::optional<QString> summaries(const QJsonObject &body);       // summaries array
std::optional<QString> stored(const QJsonObject &body);          // stored, ignored
std::optional<QString> ratingFollowUps(const QJsonObject &body); // ratings array, rated, satisfied
std::optional<QString> followUp(const QJsonObject &body);        // the follow-up recorded
// A ticket whose caseIds hold every one of `caseIds`: the proof a case-to-ticket link was made.
std::optional<QString> linked(const QJsonObject &body, const QStringList &caseIds);

} // namespace hallanswer

} // namespace ow
