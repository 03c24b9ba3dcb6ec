#pragma once
// 出件: the result of a case handed to the applicant at the window, to an agent for them, or sent by post.
// A hand-over is the case's last revision: written with its outbox row, delivered to the platform once.

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ow {

enum class HandoverMethod {
    InPerson, // collected at the window
    ByPost,   // sent by post or courier
};

enum class Collector {
    Applicant, // the applicant in person
    Agent,     // somebody collecting for them, whose ID number is checked and kept
};

struct Handover {
    QString caseId;
    int revision = 0; // the case revision this hand-over is
    HandoverMethod method = HandoverMethod::InPerson;
    Collector collector = Collector::Applicant; // in person only
    QString agentName;
    QString agentIdNumber; // normalised; checked with checkIdentifier
    QString carrier;       // by post: EMS, SF Express ...
    QString trackingNumber;
    QString address; // by post: where it went
    QString hallCode;
    int window = 0;
    QString clerk;
    QDateTime at; // UTC
};

QString handoverMethodKey(HandoverMethod method); // in_person, post
bool handoverMethodFromKey(const QString &key, HandoverMethod *out);
QString collectorKey(Collector collector); // applicant, agent
bool collectorFromKey(const QString &key, Collector *out);

// Empty when the hand-over can be recorded; otherwise what the clerk must fix, translated. Checks the
// agent's ID number (checkIdentifier) and name, or the carrier, tracking number and address.
QString handoverProblem(const Handover &handover);

// The body of the platform's POST /cases/{caseId}/handover (docs/platform-api.yaml, HandoverPayload).
QJsonObject handoverPayload(const Handover &handover);

} // namespace ow
