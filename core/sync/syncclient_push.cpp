// SyncClient, pushing: the outbox's case revisions in batches (a hand-over alone), then the ratings, one by one.
#include "core/storage/database.h"
#include "core/sync/evaluationqueue.h"
#include "core/sync/platformreplies.h"
#include "core/sync/syncclient.h"
#include "core/sync/synclog.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ow {

namespace {

// The contract's problem type for "the platform already holds a newer revision" (docs/platform-api.yaml).
constexpr QStringView StaleRevision = u"urn:onewindow:problem:stale-revision";

} // namespace

SyncClient::Outcome SyncClient::classify(int status, const QJsonObject &body)
{
    const QString detail = body.value(u"detail"_s).toString(body.value(u"title"_s).toString()).left(500);
    // A success is proof only with the receipt it carries (caseOutcome, pushEvaluations); here a 2xx
    // outside the contract proves nothing.
    if (status >= 200 && status < 300)
        return {
            Verdict::Retry, {}, QCoreApplication::translate("ow::Sync", "HTTP %1 without the platform's receipt").arg(status)};
    // An older revision than the platform holds: the newer one got there first, so this one is done.
    if (status == 409 && body.value(u"type"_s).toString() == StaleRevision)
        return {Verdict::AlreadyHeld, body.value(u"officialNumber"_s).toString().left(256), detail};
    if (status == 401 || status == 403)
        return {Verdict::TokenRefused, {}, detail};
    if (status == 0 || status == 408 || status == 425 || status == 429 || status >= 500)
        return {Verdict::Retry, {}, detail};
    // A refusal parks a row for a person, so it must be the platform's own (problem+json): a proxy's or a
    // web server's 404 page is a misdirected request, tried again.
    const bool platformsWords = body.value(u"type"_s).isString() || body.value(u"title"_s).isString();
    if (status >= 400 && platformsWords)
        return {Verdict::Park, {}, detail.isEmpty() ? u"HTTP %1"_s.arg(status) : detail};
    return {Verdict::Retry, {}, u"HTTP %1"_s.arg(status)}; // 1xx/3xx, or a 4xx not in the platform's words
}

SyncClient::Outcome SyncClient::caseOutcome(const OutboxItem &item, int status, const QJsonObject &body)
{
    if (status != 200 && status != 201)
        return classify(status, body);
    if (const std::optional<QString> fault = receiptFault(body, item.caseId, item.revision))
        return {
            Verdict::Retry, {}, QCoreApplication::translate("ow::Sync", "Not delivered: %1 (HTTP %2).").arg(*fault).arg(status)};
    const bool replay = body.value(u"outcome"_s).toString() == u"unchanged"_s;
    return {replay ? Verdict::AlreadyHeld : Verdict::Delivered, body.value(u"officialNumber"_s).toString(), {}};
}

void SyncClient::pushCases(Step next)
{
    if (m_stopping || holding())
        return finishRound();
    // Outbox::pending keeps a case's revisions in order: a later one waits while an earlier is unsent.
    // Rows that failed earlier in this round may be due again and are skipped (each row once per round),
    // so ask for that many more; payloads make every extra row cost.
    const int skippable = std::min(m_report.casesRetrying, m_settings.batchSize);
    const QList<OutboxItem> due = m_outbox.pending(m_settings.batchSize + skippable);
    QList<OutboxItem> batch;
    for (const OutboxItem &item : due) {
        if (m_tried.contains(item.id))
            continue;
        // A hand-over has its own operation, so it always goes alone (docs/adr/0025-result-handover.md).
        if (m_sendAlone.contains(item.id) || item.kind == OutboxKind::Handover) {
            batch = {item};
            break;
        }
        if (batch.size() < m_settings.batchSize)
            batch.append(item);
    }
    if (batch.isEmpty())
        return next();
    QList<qint64> ids;
    QList<QByteArray> payloads;
    for (const OutboxItem &item : std::as_const(batch)) {
        ids << item.id;
        payloads << item.payload;
        m_tried.insert(item.id);
    }
    QString error;
    if (!m_outbox.markSending(ids, &error)) {
        m_report.errors << error;
        return finishRound();
    }
    auto onReply = [this, batch, next](const ApiReply &reply) { onCasesReply(batch, reply, next); };
    if (batch.size() == 1 && batch.first().kind == OutboxKind::Handover)
        m_api.postHandover(batch.first().caseId, batch.first().payload, onReply);
    else if (batch.size() == 1)
        m_api.putCase(batch.first().caseId, batch.first().payload, onReply);
    else
        m_api.putCases(payloads, onReply);
}

void SyncClient::onCasesReply(const QList<OutboxItem> &batch, const ApiReply &reply, Step next)
{
    if (m_stopping) {
        // Abandoned by stop(): back to pending, due at once, for the next start.
        const Outcome interrupted{Verdict::Retry, {}, QCoreApplication::translate("ow::Sync", "The send was interrupted.")};
        settleCases(batch, QList<Outcome>(batch.size(), interrupted), ApiReply{});
        return finishRound();
    }
    const bool stop = noteTrouble(reply);
    QList<Outcome> outcomes;
    if (batch.size() > 1 && reply.status == 200 && reply.isJson()) {
        const QJsonArray results = reply.json().value(u"results"_s).toArray();
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const QJsonObject r = i < results.size() ? results.at(i).toObject() : QJsonObject();
            if (r.value(u"index"_s).toInt(-1) != i || r.value(u"caseId"_s).toString() != batch.at(i).caseId) {
                outcomes << Outcome{
                    Verdict::Retry, {}, QCoreApplication::translate("ow::Sync", "The platform's answer lacks this item.")};
                continue;
            }
            const int status = r.value(u"status"_s).toInt();
            outcomes << caseOutcome(batch.at(i), status, r.value(status < 400 ? u"receipt"_s : u"problem"_s).toObject());
        }
    } else if (batch.size() == 1) {
        Outcome one = caseOutcome(batch.first(), reply.status, reply.json());
        if (reply.status == 0 || reply.fault != ApiReply::Fault::None || !reply.isJson())
            one.reason = describe(reply);
        outcomes << one;
    } else {
        // Not a batch result: nothing in it can confirm any single row.
        Outcome whole = reply.status == 200 ? Outcome{Verdict::Retry, {}, {}} : classify(reply.status, reply.json());
        if (reply.status == 0 || reply.fault != ApiReply::Fault::None || !reply.isJson())
            whole.reason = describe(reply);
        else if (reply.status == 200 || reply.status == 201)
            whole.reason =
                QCoreApplication::translate("ow::Sync", "Not delivered: the platform's answer is not a batch result (HTTP %1).")
                    .arg(reply.status);
        if (batch.size() > 1 && whole.verdict == Verdict::Park) {
            // The platform refused the batch as a whole (too large, malformed): a batch cannot be parked,
            // so each row goes alone next and the refusal lands on the row that deserves it.
            for (const OutboxItem &item : batch)
                m_sendAlone.insert(item.id);
            whole = {Verdict::Retry, {}, whole.reason};
        }
        outcomes = QList<Outcome>(batch.size(), whole);
    }
    settleCases(batch, outcomes, reply);
    refreshSnapshot();
    if (stop)
        return finishRound();
    pushCases(next);
}

void SyncClient::settleCases(const QList<OutboxItem> &batch, const QList<Outcome> &outcomes, const ApiReply &reply)
{
    const auto settle = [&](const OutboxItem &item, const Outcome &o, QString *error) {
        switch (o.verdict) {
        case Verdict::Delivered:
        case Verdict::AlreadyHeld: return m_outbox.markSent(item.id, o.officialNumber, error);
        case Verdict::Park:
            return m_outbox.markParked(
                item.id,
                QCoreApplication::translate("ow::Sync", "The platform refused revision %1: %2").arg(item.revision).arg(o.reason),
                error);
        case Verdict::Retry:
        case Verdict::TokenRefused: break;
        }
        const QDateTime at =
            reply.status == 0 && reply.networkError == QNetworkReply::NoError
                ? QDateTime::currentDateTimeUtc() // abandoned, not failed
            : m_sendAlone.contains(item.id) && o.verdict == Verdict::Retry && reply.status >= 400 && reply.status < 500
                ? QDateTime::currentDateTimeUtc() // split from a refused batch: straight away, alone
                : retryAt(item.attempts + 1, reply);
        return m_outbox.scheduleRetry(item.id, at, o.reason.isEmpty() ? describe(reply) : o.reason, error);
    };
    // One transaction for the whole batch: one disk sync instead of one per row.
    QString error;
    const bool together = m_database.transaction(
        [&] {
            for (qsizetype i = 0; i < batch.size(); ++i)
                if (!settle(batch.at(i), outcomes.at(i), &error))
                    return false;
            return true;
        },
        &error);
    if (!together) {
        qCWarning(lcSync).noquote() << "settling a batch failed, row by row now:" << error;
        for (qsizetype i = 0; i < batch.size(); ++i)
            if (!settle(batch.at(i), outcomes.at(i), &error))
                m_report.errors << error;
    }
    for (qsizetype i = 0; i < batch.size(); ++i) {
        switch (outcomes.at(i).verdict) {
        case Verdict::AlreadyHeld: ++m_report.casesAlreadyHeld; [[fallthrough]];
        case Verdict::Delivered:
            ++m_report.casesDelivered;
            m_sendAlone.remove(batch.at(i).id);
            break;
        case Verdict::Park:
            ++m_report.casesParked;
            m_sendAlone.remove(batch.at(i).id);
            break;
        case Verdict::Retry:
        case Verdict::TokenRefused: ++m_report.casesRetrying; break;
        }
    }
}

void SyncClient::pushEvaluations(Step next)
{
    if (m_stopping || holding())
        return finishRound();
    EvaluationQueue ratings(m_database);
    QList<QueuedRating> due = ratings.due(64);
    due.removeIf([this](const QueuedRating &e) { return m_triedRatings.contains(e.id); });
    if (due.isEmpty())
        return next();
    const QueuedRating e = due.first();
    m_triedRatings.insert(e.id);
    m_api.postEvaluation(EvaluationQueue::body(e), [this, e, next](const ApiReply &reply) {
        if (m_stopping)
            return finishRound(); // a rating is never "sending": it simply stays pending
        const bool stop = noteTrouble(reply);
        Outcome o = classify(reply.status, reply.json());
        if (reply.status == 200 || reply.status == 201) {
            const std::optional<QString> fault = evaluationReceiptFault(reply.json(), e.id);
            o = fault ? Outcome{Verdict::Retry,
                                {},
                                QCoreApplication::translate("ow::Sync", "Not delivered: %1 (HTTP %2).")
                                    .arg(*fault)
                                    .arg(reply.status)}
                      : Outcome{Verdict::Delivered, {}, {}};
        }
        if (reply.status == 0 || reply.fault != ApiReply::Fault::None || (reply.status != 0 && !reply.isJson()))
            o.reason = describe(reply);
        EvaluationQueue queue(m_database);
        QString error;
        bool ok = true;
        switch (o.verdict) {
        case Verdict::Delivered:
        case Verdict::AlreadyHeld:
            ok = queue.markSent(e.id, &error);
            ++m_report.evaluationsDelivered;
            break;
        case Verdict::Park:
            ok = queue.markParked(
                e.id, QCoreApplication::translate("ow::Sync", "The platform refused the rating: %1").arg(o.reason), &error);
            ++m_report.evaluationsParked;
            break;
        case Verdict::Retry:
        case Verdict::TokenRefused:
            ok = queue.scheduleRetry(e.id, retryAt(e.attempts + 1, reply), o.reason.isEmpty() ? describe(reply) : o.reason,
                                     &error);
            ++m_report.evaluationsRetrying;
            break;
        }
        if (!ok)
            m_report.errors << error;
        if (stop)
            return finishRound();
        pushEvaluations(next);
    });
}

} // namespace ow
