#include "core/hall/reporter/hallcasereporter.h"

#include "core/hall/client/hallclient.h"

#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ow {

Q_LOGGING_CATEGORY(lcHallReporter, "onewindow.hall.reporter", QtInfoMsg)

HallCaseReporter::HallCaseReporter(Database &database, HallClient *client, const Options &options, QObject *parent)
    : QObject(parent),
      m_store(database, options.windowId, options.windowNumber),
      m_client(client),
      m_options(options),
      m_timer(new QTimer(this))
{
    m_options.batchSize = std::clamp(m_options.batchSize, 1, 500);
    m_timer->setInterval(std::max(100, m_options.intervalMs));
    connect(m_timer, &QTimer::timeout, this, &HallCaseReporter::reportNow);
    m_refused = m_store.refusedCount();
}

void HallCaseReporter::start()
{
    if (!m_client)
        return;
    connect(m_client, &HallClient::stateChanged, this, &HallCaseReporter::onClientState, Qt::UniqueConnection);
    m_timer->start();
    reportNow();
}

void HallCaseReporter::stop()
{
    m_timer->stop();
    if (m_client)
        disconnect(m_client, &HallClient::stateChanged, this, &HallCaseReporter::onClientState);
}

void HallCaseReporter::onClientState(HallClient::State state)
{
    if (state == HallClient::State::Online)
        reportNow(); // back after an outage: what was decided meanwhile goes now
}

void HallCaseReporter::reportNow()
{
    if (!m_client)
        return;
    if (!m_gate.begin())
        return;
    m_stream = HallReportStore::Stream::Revisions;
    m_limit = m_options.batchSize;
    m_sent = 0;
    step();
}

void HallCaseReporter::step()
{
    QString error;
    if (!m_store.next(m_stream, m_limit, &m_batch, &error)) {
        qCWarning(lcHallReporter).noquote() << "cannot read the cases to report:" << error;
        finish(false);
        return;
    }
    if (m_batch.rows == 0) {
        // Decisions and supplements, then what the sync got through, then the platform's status moves.
        if (m_stream == HallReportStore::Stream::Statuses) {
            finish(true);
            return;
        }
        m_stream =
            m_stream == HallReportStore::Stream::Revisions ? HallReportStore::Stream::Synced : HallReportStore::Stream::Statuses;
        m_limit = m_options.batchSize;
        step();
        return;
    }
    if (m_batch.summaries.isEmpty()) { // rows of cases that cannot be summarised: nothing to send
        m_store.confirm(m_batch, &error);
        step();
        return;
    }
    connect(m_client->reportCases(m_batch.summaries), &HallReply::finished, this, &HallCaseReporter::onReply);
}

void HallCaseReporter::onReply(const HallResult &r)
{
    QString error;
    if (r.ok()) {
        if (!m_store.confirm(m_batch, &error)) {
            qCWarning(lcHallReporter).noquote() << "cannot keep the hall's confirmation:" << error;
            finish(false);
            return;
        }
        m_sent += r.stored();
        m_limit = std::min(m_options.batchSize, m_limit * 2); // back to full batches after a refusal
        step();
        return;
    }
    // No answer, the hall's own trouble (5xx), or a refusal that is about this window rather than one
    // summary (a token of another window or role, a window the hall's config lacks): setting the summaries
    // aside would lose them to a configuration mistake, so the same is tried again later.
    static const QStringList aboutTheWindow{u"unauthorized"_s, u"forbidden"_s, u"unknown_window"_s, u"not_found"_s,
                                            u"method_not_allowed"_s};
    const bool refusedHere = r.httpStatus >= 400 && r.httpStatus < 500 && r.httpStatus != 408 && r.httpStatus != 429
                             && !aboutTheWindow.contains(r.errorCode);
    if (!refusedHere) {
        qCInfo(lcHallReporter).noquote() << "the hall did not take the summaries, trying later:" << r.httpStatus
                                         << r.errorMessage;
        finish(false);
        return;
    }
    if (m_batch.summaries.size() > 1) { // narrow it down: the rest of the batch is most likely fine
        m_limit = std::max(1, int(m_batch.summaries.size()) / 2);
        step();
        return;
    }
    qCWarning(lcHallReporter).noquote() << "the hall refused the summary of" << m_batch.summaries.first().caseId
                                        << "- set aside:" << r.errorCode << r.errorMessage;
    if (!m_store.refuse(m_batch, r.errorCode + u": "_s + r.errorMessage, &error)) {
        qCWarning(lcHallReporter).noquote() << "cannot set the refused summary aside:" << error;
        finish(false);
        return;
    }
    m_refused = m_store.refusedCount();
    Q_EMIT summariesRefused(int(m_batch.summaries.size()), r.errorMessage);
    step();
}

void HallCaseReporter::finish(bool complete)
{
    const bool again = m_gate.end();
    Q_EMIT roundFinished(complete, m_sent);
    if (again)
        QTimer::singleShot(0, this, &HallCaseReporter::reportNow);
}

} // namespace ow
