#include "tests/bench/dashboard/dashboardday.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace owbench {

namespace {

// The day's objects are built here, so one that does not read is a mistake in this file.
template <typename T>
T parsed(const QJsonObject &o)
{
    T value;
    QString problem;
    if (!T::fromJson(o, &value, &problem))
        qFatal("dashboardday: %s", qPrintable(problem));
    return value;
}

const char *const serviceCodes[] = {"A", "B", "C", "D", "E"};
const char *const serviceNames[] = {"综合受理", "不动产登记", "社保医保", "税务", "出件/咨询"};
const int serviceShare[] = {40, 15, 20, 15, 10}; // per cent of tickets

struct MatterInfo {
    const char *code, *name, *department;
};
const MatterInfo matters[] = {
    {"SCJG-0001", "个体工商户设立登记", "市场监管局"},
    {"SCJG-XK-0006", "食品经营许可（新办）", "市场监管局"},
    {"BDC-0002", "不动产转移登记", "自然资源局"},
    {"BDC-0005", "不动产抵押登记", "自然资源局"},
    {"SB-0003", "社会保障卡申领", "人社局"},
    {"YB-0001", "医保关系转移接续", "医保局"},
    {"SW-0004", "增值税发票领用", "税务局"},
    {"SW-0007", "个人所得税汇算清缴", "税务局"},
    {"GA-0002", "居住证办理", "公安局"},
    {"MZ-0001", "婚姻登记", "民政局"},
    {"GJJ-0003", "住房公积金提取", "公积金中心"},
    {"JY-0002", "教师资格认定", "教育局"},
};

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(iso(t)) : QJsonValue(QJsonValue::Null);
}

} // namespace

DashboardDayBuilder::DashboardDayBuilder(int windows, int tickets, int cases, quint32 seed)
    : m_windowCount(windows),
      m_ticketCount(tickets),
      m_caseCount(cases),
      m_rng(seed),
      m_zone(QByteArrayLiteral("Asia/Shanghai"))
{
    m_day = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    m_now = QDateTime(m_day, QTime(15, 30), m_zone).toUTC();
}

int DashboardDayBuilder::newTicket(const QString &service, const QDateTime &issuedAt)
{
    Ticket t;
    t.service = service;
    t.number = ++m_numbers[service];
    t.code = service + QString::number(t.number).rightJustified(3, u'0');
    t.id = m_day.toString(QStringLiteral("yyyyMMdd")) + u'-' + t.code;
    t.state = QStringLiteral("waiting");
    t.issuedAt = issuedAt;
    m_tickets << t;
    return int(m_tickets.size()) - 1;
}

QJsonObject DashboardDayBuilder::ticketJson(int index) const
{
    const Ticket &t = m_tickets.at(index);
    QJsonArray cases;
    for (const QString &c : t.caseIds)
        cases.append(c);
    return QJsonObject{{QStringLiteral("id"), t.id},
                       {QStringLiteral("code"), t.code},
                       {QStringLiteral("number"), t.number},
                       {QStringLiteral("day"), m_day.toString(Qt::ISODate)},
                       {QStringLiteral("service"), t.service},
                       {QStringLiteral("issuedService"), t.service},
                       {QStringLiteral("state"), t.state},
                       {QStringLiteral("priority"), QString()},
                       {QStringLiteral("windowId"), t.windowId},
                       {QStringLiteral("issuedAt"), iso(t.issuedAt)},
                       {QStringLiteral("enqueuedAt"), iso(t.issuedAt)},
                       {QStringLiteral("calledAt"), isoOrNull(t.calledAt)},
                       {QStringLiteral("completedAt"), isoOrNull(t.completedAt)},
                       {QStringLiteral("order"), t.issuedAt.toMSecsSinceEpoch()},
                       {QStringLiteral("outcome"), t.outcome},
                       {QStringLiteral("rating"), t.rating},
                       {QStringLiteral("caseIds"), cases},
                       {QStringLiteral("waitCounted"), t.calledAt.isValid()}};
}

QJsonObject DashboardDayBuilder::windowJson(int index) const
{
    const Window &w = m_windows.at(index);
    QJsonArray services;
    for (const ow::WindowService &s : w.services)
        services.append(QJsonObject{{QStringLiteral("service"), s.service}, {QStringLiteral("weight"), s.weight}});
    return QJsonObject{
        {QStringLiteral("id"), w.id},
        {QStringLiteral("name"), w.name},
        {QStringLiteral("services"), services},
        {QStringLiteral("paused"), w.paused},
        {QStringLiteral("pauseReason"), w.paused ? QStringLiteral("午休") : QString()},
        {QStringLiteral("currentTicket"), w.current >= 0 ? m_tickets.at(w.current).id : QString()},
        {QStringLiteral("current"), w.current >= 0 ? QJsonValue(ticketJson(w.current)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("comprehensive"), w.comprehensive},
        {QStringLiteral("connected"), w.connected}};
}

ow::CaseSummary DashboardDayBuilder::caseFor(int ticket, const QString &caseId)
{
    const Ticket &t = m_tickets.at(ticket);
    ow::CaseSummary s;
    s.caseId = caseId;
    s.windowId = t.windowId;
    s.ticketId = t.id;
    s.day = m_day;
    s.decidedAt = t.completedAt.isValid() ? t.completedAt : m_now;
    s.updatedAt = s.decidedAt;
    const int d = int(m_rng.bounded(100));
    s.decision = d < 65   ? ow::CaseSummary::Accepted
                 : d < 80 ? ow::CaseSummary::AcceptedDeficiency
                 : d < 95 ? ow::CaseSummary::OneTimeNotice
                          : ow::CaseSummary::NotAccepted;
    const MatterInfo &m = matters[m_rng.bounded(int(std::size(matters)))];
    s.matters = {ow::CaseSummaryMatter{QString::fromUtf8(m.code), QString::fromUtf8(m.name), QString::fromUtf8(m.department)}};
    s.materialsListed = 4 + int(m_rng.bounded(9));
    // Data sharing, the certificate store and earlier cases spare the applicant about half the materials.
    s.materialsCollected = std::max(1, s.materialsListed - int(m_rng.bounded(s.materialsListed)));
    s.supplementsOutstanding = s.decision == ow::CaseSummary::AcceptedDeficiency ? 1 + int(m_rng.bounded(2)) : 0;
    s.trips = m_rng.bounded(100) < 92 ? 1 : 2;
    s.instant = s.decision == ow::CaseSummary::Accepted && m_rng.bounded(100) < 35;
    if (s.takesCaseIn() && !s.instant)
        s.promisedDate = m_day.addDays(3 + int(m_rng.bounded(20)));
    if (s.decision == ow::CaseSummary::AcceptedDeficiency)
        s.supplementDueDate = m_day.addDays(5);
    s.synced = m_rng.bounded(100) < 96;
    return s;
}

DashboardDay DashboardDayBuilder::build()
{
    // Windows: the first third are comprehensive (every service), the others one service plus A.
    for (int i = 0; i < m_windowCount; ++i) {
        Window w;
        const int n = i + 1;
        w.id = m_windowCount > 99 ? QStringLiteral("W%1").arg(n, 3, 10, QLatin1Char('0'))
                                  : QStringLiteral("W%1").arg(n, 2, 10, QLatin1Char('0'));
        w.comprehensive = i < m_windowCount / 3;
        const int special = 1 + i % 4;
        w.name = QStringLiteral("%1号窗口").arg(n);
        if (w.comprehensive) {
            for (const char *code : serviceCodes)
                w.services << ow::WindowService{QString::fromLatin1(code), code[0] == 'A' ? 2 : 1};
        } else {
            w.services << ow::WindowService{QString::fromLatin1(serviceCodes[special]), 3}
                       << ow::WindowService{QStringLiteral("A"), 1};
        }
        w.connected = m_rng.bounded(100) >= 4;
        w.paused = w.connected && m_rng.bounded(100) < 6;
        m_windows << w;
    }

    // Tickets from 8:30 to now, with a morning and an afternoon peak; waits of minutes, service of minutes.
    const QDateTime open = QDateTime(m_day, QTime(8, 30), m_zone).toUTC();
    const qint64 span = open.secsTo(m_now);
    QList<QDateTime> issued;
    issued.reserve(m_ticketCount);
    while (issued.size() < m_ticketCount) {
        const qint64 at = qint64(m_rng.bounded(quint32(span)));
        const double hour = 8.5 + double(at) / 3600.0;
        const double peak = 0.35 + std::exp(-std::pow(hour - 10.0, 2)) + 0.8 * std::exp(-std::pow(hour - 14.5, 2) / 1.5);
        if (m_rng.generateDouble() * 1.4 < peak)
            issued << open.addSecs(at);
    }
    std::sort(issued.begin(), issued.end());
    for (const QDateTime &at : issued) {
        int pick = int(m_rng.bounded(100)), s = 0;
        while (pick >= serviceShare[s]) {
            pick -= serviceShare[s];
            ++s;
        }
        const int i = newTicket(QString::fromLatin1(serviceCodes[s]), at);
        Ticket &t = m_tickets[i];
        const qint64 wait = qint64(-std::log(1.0 - m_rng.generateDouble()) * 11 * 60);
        const qint64 service = 180 + qint64(m_rng.bounded(720));
        if (at.addSecs(wait + service) < m_now.addSecs(-15 * 60)) {
            t.calledAt = at.addSecs(wait);
            t.completedAt = t.calledAt.addSecs(service);
            t.state = QStringLiteral("completed");
            t.outcome = QStringLiteral("accepted");
            QList<int> serving;
            for (int w = 0; w < m_windows.size(); ++w)
                for (const ow::WindowService &ws : m_windows.at(w).services)
                    if (ws.service == t.service)
                        serving << w;
            t.windowId = m_windows.at(serving.at(int(m_rng.bounded(int(serving.size()))))).id;
            const int r = int(m_rng.bounded(100));
            t.rating = r < 40 ? 0 : r < 82 ? 5 : r < 94 ? 4 : r < 97 ? 3 : r < 98 ? 2 : 1;
        }
    }
    // The windows at work now: most have someone at the counter.
    for (int w = 0; w < m_windows.size(); ++w) {
        Window &win = m_windows[w];
        if (win.paused || !win.connected || m_rng.bounded(100) < 25)
            continue;
        for (int i = int(m_tickets.size()) - 1; i >= 0; --i) {
            Ticket &t = m_tickets[i];
            if (t.state == QLatin1String("waiting") && t.issuedAt < m_now.addSecs(-5 * 60)) {
                t.state = QStringLiteral("called");
                t.windowId = win.id;
                t.calledAt = m_now.addSecs(-qint64(m_rng.bounded(14 * 60)));
                win.current = i;
                break;
            }
        }
    }

    // Case summaries: one per served ticket, at most m_caseCount; some earlier ones are due or overdue.
    DashboardDay day;
    day.timeZone = m_zone;
    day.now = m_now;
    for (int i = 0; i < m_tickets.size() && day.summaries.size() < m_caseCount; ++i) {
        if (m_tickets.at(i).state != QLatin1String("completed"))
            continue;
        const QString caseId =
            QStringLiteral("BENCH-%1-%2").arg(m_day.toString(QStringLiteral("yyyyMMdd"))).arg(++m_cases, 5, 10, QLatin1Char('0'));
        m_tickets[i].caseIds << caseId;
        day.summaries << caseFor(i, caseId);
    }
    for (int i = 0; day.summaries.size() < m_caseCount; ++i) { // more cases than served tickets: walk-ins
        const QString caseId = QStringLiteral("BENCH-W-%1").arg(++m_cases, 5, 10, QLatin1Char('0'));
        ow::CaseSummary s = caseFor(i % int(m_tickets.size()), caseId);
        s.ticketId.clear();
        s.windowId = m_windows.at(i % m_windows.size()).id;
        day.summaries << s;
    }
    for (int i = 0; i < std::max(5, m_caseCount / 200); ++i) {
        ow::CaseSummary s = caseFor(int(m_rng.bounded(int(m_tickets.size()))), QStringLiteral("BENCH-OLD-%1").arg(i));
        s.ticketId.clear();
        s.decision = i % 3 ? ow::CaseSummary::Accepted : ow::CaseSummary::AcceptedDeficiency;
        s.day = m_day.addDays(-20 + int(m_rng.bounded(18)));
        s.promisedDate = m_day.addDays(-3 + int(m_rng.bounded(6)));
        s.supplementsOutstanding = i % 3 ? 0 : 1;
        s.supplementDueDate = i % 3 ? QDate() : m_day.addDays(-2);
        s.instant = false;
        day.summaries << s;
    }
    // Results of earlier cases: handed over (every third by post) or waiting at the hall since a day of the
    // last two weeks, so the dashboard's 出件 figures have something to count.
    for (int i = 0; i < std::max(6, m_caseCount / 150); ++i) {
        ow::CaseSummary s = caseFor(int(m_rng.bounded(int(m_tickets.size()))), QStringLiteral("BENCH-RESULT-%1").arg(i));
        s.ticketId.clear();
        s.decision = ow::CaseSummary::Accepted;
        s.day = m_day.addDays(-30 + int(m_rng.bounded(14)));
        s.promisedDate = s.day.addDays(10);
        s.delivery = i % 3 ? ow::CaseSummary::DeliveryWindow : ow::CaseSummary::DeliveryPost;
        if (i % 2) {
            s.status = ow::CaseSummary::HandedOver;
        } else {
            s.status = ow::CaseSummary::ReadyForPickup;
            s.readyDate = m_day.addDays(-int(m_rng.bounded(14)));
        }
        s.updatedAt = QDateTime(m_day.addDays(-1), QTime(16, 0)).toUTC();
        day.summaries << s;
    }

    QJsonArray services, windows, waiting;
    for (int s = 0; s < 5; ++s) {
        int count = 0;
        for (const Ticket &t : m_tickets)
            count += t.state == QLatin1String("waiting") && t.service == QLatin1String(serviceCodes[s]);
        services.append(QJsonObject{{QStringLiteral("code"), QString::fromLatin1(serviceCodes[s])},
                                    {QStringLiteral("name"), QString::fromUtf8(serviceNames[s])},
                                    {QStringLiteral("waiting"), count},
                                    {QStringLiteral("issued"), m_numbers.value(QString::fromLatin1(serviceCodes[s]))}});
    }
    for (int w = 0; w < m_windows.size(); ++w)
        windows.append(windowJson(w));
    for (int i = 0; i < m_tickets.size(); ++i) {
        if (m_tickets.at(i).state == QLatin1String("waiting"))
            waiting.append(ticketJson(i));
        day.tickets << parsed<ow::HallTicket>(ticketJson(i));
    }
    m_seq = 100000;
    day.snapshot = parsed<ow::HallSnapshot>(
        QJsonObject{{QStringLiteral("hall"), QJsonObject{{QStringLiteral("code"), QStringLiteral("DEMO")},
                                                         {QStringLiteral("name"), QStringLiteral("一窗通示范政务服务大厅")}}},
                    {QStringLiteral("seq"), m_seq},
                    {QStringLiteral("day"), m_day.toString(Qt::ISODate)},
                    {QStringLiteral("at"), iso(m_now)},
                    {QStringLiteral("policy"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("weighted")}}},
                    {QStringLiteral("services"), services},
                    {QStringLiteral("windows"), windows},
                    {QStringLiteral("waiting"), waiting}});
    return day;
}

QJsonObject DashboardDayBuilder::eventJson(const QString &type, int ticket, int window, const QJsonObject &data)
{
    QJsonObject o{{QStringLiteral("seq"), ++m_seq},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("at"), iso(m_now)},
                  {QStringLiteral("day"), m_day.toString(Qt::ISODate)},
                  {QStringLiteral("actor"), QStringLiteral("bench")},
                  {QStringLiteral("data"), data}};
    if (ticket >= 0) {
        o.insert(QStringLiteral("ticketId"), m_tickets.at(ticket).id);
        o.insert(QStringLiteral("ticket"), ticketJson(ticket));
    }
    if (window >= 0) {
        o.insert(QStringLiteral("windowId"), m_windows.at(window).id);
        o.insert(QStringLiteral("window"), windowJson(window));
    }
    return o;
}

ow::HallEvent DashboardDayBuilder::nextEvent()
{
    // Time moves on a few seconds per event; the kinds come round in the proportions of a busy hall.
    m_now = m_now.addSecs(3);
    const int kind = m_step++ % 5;
    if (kind == 0 || kind == 3) { // issue
        const QString service = QString::fromLatin1(serviceCodes[m_rng.bounded(5)]);
        const int t = newTicket(service, m_now);
        return parsed<ow::HallEvent>(eventJson(QStringLiteral("ticket_issued"), t, -1, {{QStringLiteral("service"), service}}));
    }
    if (kind == 1) { // a window completes its ticket, or calls the oldest waiting one
        for (int tries = 0; tries < m_windows.size(); ++tries) {
            const int w = int(m_rng.bounded(int(m_windows.size())));
            Window &win = m_windows[w];
            if (win.paused || !win.connected)
                continue;
            if (win.current >= 0) {
                Ticket &t = m_tickets[win.current];
                t.state = QStringLiteral("completed");
                t.completedAt = m_now;
                t.outcome = QStringLiteral("accepted");
                const int done = win.current;
                win.current = -1;
                return parsed<ow::HallEvent>(eventJson(QStringLiteral("ticket_completed"), done, w,
                                                       {{QStringLiteral("outcome"), QStringLiteral("accepted")}}));
            }
            for (int i = 0; i < m_tickets.size(); ++i) {
                Ticket &t = m_tickets[i];
                if (t.state == QLatin1String("waiting")) {
                    t.state = QStringLiteral("called");
                    t.calledAt = m_now;
                    t.windowId = win.id;
                    win.current = i;
                    return parsed<ow::HallEvent>(eventJson(QStringLiteral("ticket_called"), i, w,
                                                           {{QStringLiteral("service"), t.service},
                                                            {QStringLiteral("via"), QStringLiteral("next")},
                                                            {QStringLiteral("waitMs"), t.issuedAt.msecsTo(m_now)}}));
                }
            }
        }
    }
    if (kind == 2) { // a case reported for a served ticket
        const int t = int(m_rng.bounded(int(m_tickets.size())));
        const ow::CaseSummary s = caseFor(t, QStringLiteral("BENCH-E-%1").arg(++m_cases));
        int w = 0;
        for (int i = 0; i < m_windows.size(); ++i)
            if (m_windows.at(i).id == s.windowId)
                w = i;
        return parsed<ow::HallEvent>(eventJson(QStringLiteral("case_reported"), -1, s.windowId.isEmpty() ? -1 : w, s.toJson()));
    }
    // a rating of a completed ticket
    for (int tries = 0; tries < 50; ++tries) {
        const int t = int(m_rng.bounded(int(m_tickets.size())));
        if (m_tickets.at(t).state == QLatin1String("completed") && m_tickets.at(t).rating == 0) {
            m_tickets[t].rating = 5;
            return parsed<ow::HallEvent>(eventJson(QStringLiteral("ticket_rated"), t, -1, {{QStringLiteral("rating"), 5}}));
        }
    }
    const int t = newTicket(QStringLiteral("A"), m_now);
    return parsed<ow::HallEvent>(
        eventJson(QStringLiteral("ticket_issued"), t, -1, {{QStringLiteral("service"), QStringLiteral("A")}}));
}

} // namespace owbench
