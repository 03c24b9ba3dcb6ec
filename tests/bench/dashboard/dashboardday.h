#pragma once
// A synthetic day of a service hall for the dashboard benchmark and its screenshot: windows, services,
// tickets and case summaries with realistic shapes (morning and afternoon peaks, waits of minutes,
// a few paused or disconnected windows, mostly accepted cases), and a stream of events that continues
// the day (issue, call, complete, report a case, rate). Deterministic for a given seed.

#include "core/hall/protocol/casesummary.h"
#include "core/hall/protocol/hallmodels.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

namespace owbench {

struct DashboardDay {
    QTimeZone timeZone;
    QDateTime now; // UTC; the day's 15:30 local
    ow::HallSnapshot snapshot;
    QList<ow::HallTicket> tickets;
    QList<ow::CaseSummary> summaries;
};

class DashboardDayBuilder
{
public:
    DashboardDayBuilder(int windows, int tickets, int cases, quint32 seed = 7);
    DashboardDay build();

    // The next event after the day built (or after the previous event): issue, call, complete, case, rating.
    ow::HallEvent nextEvent();

private:
    QJsonObject ticketJson(int index) const;
    QJsonObject windowJson(int index) const;
    QJsonObject eventJson(const QString &type, int ticket, int window, const QJsonObject &data);
    int newTicket(const QString &service, const QDateTime &issuedAt);
    ow::CaseSummary caseFor(int ticket, const QString &caseId);

    struct Ticket {
        QString id, code, service, state, windowId, outcome;
        int number = 0, rating = 0;
        QDateTime issuedAt, calledAt, completedAt;
        QStringList caseIds;
    };
    struct Window {
        QString id, name;
        QList<ow::WindowService> services;
        bool comprehensive = false, connected = true, paused = false;
        int current = -1; // ticket index
    };

    int m_windowCount, m_ticketCount, m_caseCount;
    QRandomGenerator m_rng;
    QTimeZone m_zone;
    QDate m_day;
    QDateTime m_now;
    QList<Ticket> m_tickets;
    QList<Window> m_windows;
    QHash<QString, int> m_numbers; // per service
    qint64 m_seq = 0;
    int m_step = 0;
    int m_cases = 0;
};

} // namespace owbench
