#include "tests/unit/dashboard/scriptedday.h"

#include "tests/support/hallread.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace owtest {

QTimeZone hallZone()
{
    return QTimeZone(8 * 3600);
}

QDateTime local(int hour, int minute, int second, QDate day)
{
    return QDateTime(day, QTime(hour, minute, second), hallZone()).toUTC();
}

ow::HallTicket makeTicket(const QString &code, const QString &state, const QDateTime &issued, const QDateTime &called,
                          const QDateTime &completed, const QString &window, int rating, const QStringList &caseIds,
                          const QDateTime &enqueued)
{
    ow::HallTicket t;
    t.id = ScriptedDay.toString(u"yyyyMMdd"_s) + u'-' + code;
    t.code = code;
    t.number = code.mid(1).toInt();
    t.service = code.left(1);
    t.issuedService = t.service;
    t.state = state;
    t.issuedAt = issued;
    t.calledAt = called;
    t.completedAt = completed;
    t.windowId = window;
    t.rating = rating;
    t.caseIds = caseIds;
    t.json = {{u"id"_s, t.id},
              {u"day"_s, ScriptedDay.toString(Qt::ISODate)},
              {u"enqueuedAt"_s, (enqueued.isValid() ? enqueued : issued).toString(Qt::ISODateWithMs)}};
    return t;
}

ow::CaseSummary makeCase(const QString &id, const QString &window, const QString &ticketId, const QString &decision,
                         const QString &matter, QDate day)
{
    static const QHash<QString, QString> names{
        {u"M01"_s, u"个体工商户设立登记"_s}, {u"M02"_s, u"不动产转移登记"_s}, {u"M03"_s, u"食品经营许可"_s}};
    ow::CaseSummary s;
    s.caseId = id;
    s.windowId = window;
    s.ticketId = ticketId;
    s.day = day;
    s.decidedAt = QDateTime(day, QTime(10, 0), hallZone()).toUTC();
    s.updatedAt = s.decidedAt;
    s.decision = decision;
    s.matters = {{matter, names.value(matter), u"市场监管局"_s}};
    return s;
}

ow::HallSnapshot scriptedSnapshot()
{
    auto window = [](const QString &id, bool comprehensive, bool connected, bool paused, const QString &current) {
        return QJsonObject{{u"id"_s, id},
                           {u"name"_s, QString(id.right(1) + u"号窗口"_s)},
                           {u"services"_s, QJsonArray{QJsonObject{{u"service"_s, u"A"_s}, {u"weight"_s, 1}}}},
                           {u"paused"_s, paused},
                           {u"pauseReason"_s, paused ? u"午休"_s : QString()},
                           {u"currentTicket"_s, current},
                           {u"comprehensive"_s, comprehensive},
                           {u"connected"_s, connected}};
    };
    const QJsonObject o{
        {u"hall"_s, QJsonObject{{u"code"_s, u"DEMO"_s}, {u"name"_s, u"一窗通示范大厅"_s}}},
        {u"seq"_s, 100},
        {u"day"_s, ScriptedDay.toString(Qt::ISODate)},
        {u"services"_s, QJsonArray{QJsonObject{{u"code"_s, u"A"_s}, {u"name"_s, u"综合受理"_s}},
                                   QJsonObject{{u"code"_s, u"B"_s}, {u"name"_s, u"不动产登记"_s}}}},
        {u"windows"_s,
         QJsonArray{window(u"W01"_s, true, true, false, {}), window(u"W02"_s, false, true, false, u"20261127-A004"_s),
                    window(u"W03"_s, true, false, false, {}), window(u"W04"_s, false, true, true, {})}},
        {u"waiting"_s, QJsonArray{}},
    };
    return owtest::hallRead<ow::HallSnapshot>(o);
}

QList<ow::HallTicket> scriptedTickets()
{
    return {
        makeTicket(u"A001"_s, u"completed"_s, local(9, 0), local(9, 10), local(9, 30), u"W01"_s, 5, {u"C1"_s}),
        makeTicket(u"A002"_s, u"completed"_s, local(9, 5), local(9, 25), local(9, 40), u"W02"_s, 3, {u"C2"_s}),
        makeTicket(u"B001"_s, u"completed"_s, local(9, 20), local(9, 50), local(10, 20), u"W01"_s, 4, {u"C3"_s, u"C4"_s}),
        makeTicket(u"A003"_s, u"no_show"_s, local(10, 5), local(10, 15), {}, u"W02"_s),
        makeTicket(u"A004"_s, u"called"_s, local(10, 30), local(10, 40), {}, u"W02"_s),
        makeTicket(u"B002"_s, u"waiting"_s, local(10, 45)),
        makeTicket(u"A005"_s, u"waiting"_s, local(10, 50)),
        [] {
            ow::HallTicket t = makeTicket(u"B003"_s, u"waiting"_s, local(9, 40), local(9, 45), {}, {}, 0, {}, local(10, 0));
            t.service = u"A"_s; // transferred from B to A
            return t;
        }(),
    };
}

QList<ow::CaseSummary> scriptedCases()
{
    using S = ow::CaseSummary;
    QList<S> list;
    S c1 = makeCase(u"C1"_s, u"W01"_s, u"20261127-A001"_s, S::Accepted, u"M01"_s);
    c1.materialsListed = 8, c1.materialsCollected = 5, c1.promisedDate = QDate(2026, 12, 1), c1.synced = true;
    S c2 = makeCase(u"C2"_s, u"W02"_s, u"20261127-A002"_s, S::AcceptedDeficiency, u"M02"_s);
    c2.materialsListed = 6, c2.materialsCollected = 3, c2.supplementsOutstanding = 1, c2.trips = 2;
    c2.promisedDate = QDate(2026, 12, 4), c2.supplementDueDate = QDate(2026, 11, 30);
    S c3 = makeCase(u"C3"_s, u"W01"_s, {}, S::Accepted, u"M01"_s);
    c3.materialsListed = 4, c3.instant = true, c3.synced = true;
    S c4 = makeCase(u"C4"_s, u"W01"_s, {}, S::OneTimeNotice, u"M03"_s);
    c4.materialsListed = 5, c4.materialsCollected = 2;
    S c5 = makeCase(u"C5"_s, u"W03"_s, {}, S::NotAccepted, u"M02"_s);
    c5.materialsListed = 3, c5.synced = true;
    S e1 = makeCase(u"E1"_s, u"W02"_s, {}, S::Accepted, u"M01"_s, QDate(2026, 11, 20));
    e1.promisedDate = QDate(2026, 11, 26);
    S e2 = makeCase(u"E2"_s, u"W01"_s, {}, S::Accepted, u"M02"_s, QDate(2026, 11, 24));
    e2.promisedDate = QDate(2026, 11, 30), e2.synced = true;
    S e3 = makeCase(u"E3"_s, u"W01"_s, {}, S::Accepted, u"M03"_s, QDate(2026, 11, 25));
    e3.promisedDate = QDate(2026, 12, 2), e3.synced = true;
    S e4 = makeCase(u"E4"_s, u"W02"_s, {}, S::AcceptedDeficiency, u"M02"_s, QDate(2026, 11, 18));
    e4.supplementsOutstanding = 1, e4.supplementDueDate = QDate(2026, 11, 25), e4.promisedDate = QDate(2026, 12, 10);
    e4.synced = true;
    S e5 = makeCase(u"E5"_s, u"W01"_s, {}, S::Accepted, u"M01"_s, QDate(2026, 11, 26));
    e5.promisedDate = QDate(2026, 12, 1), e5.synced = true;
    return {c1, c2, c3, c4, c5, e1, e2, e3, e4, e5};
}

ow::DashboardOptions scriptedOptions()
{
    ow::DashboardOptions o;
    o.timeZone = hallZone();
    o.calendar = ow::WorkingCalendar::builtIn();
    o.limits.waitSeconds = 3600;    // one hour
    o.limits.serviceSeconds = 1200; // twenty minutes
    return o;
}

ow::DashboardState scriptedState()
{
    ow::DashboardState state(scriptedOptions());
    state.reset(scriptedSnapshot(), scriptedTickets(), scriptedCases());
    return state;
}

} // namespace owtest
