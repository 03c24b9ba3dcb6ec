#pragma once
// A scripted day in a small hall, built by hand with fixed times, whose figures the tests check against
// numbers worked out on paper (the reasoning is next to each expectation).
//
// The hall (time zone UTC+08:00, day 2026-11-27, a Friday; "now" is 11:00 local):
//   services A 综合受理, B 不动产登记
//   W01 comprehensive, connected, idle      W02 not comprehensive, connected, serving A004 since 10:40
//   W03 comprehensive, disconnected         W04 not comprehensive, connected, paused
// Tickets (local times; wait = called − enqueued, service = completed − called):
//   A001 issued 09:00, called 09:10 at W01, completed 09:30, rated 5, cases C1        wait 600  service 1200
//   A002 issued 09:05, called 09:25 at W02, completed 09:40, rated 3, cases C2        wait 1200 service 900
//   B001 issued 09:20, called 09:50 at W01, completed 10:20, rated 4, cases C3 C4     wait 1800 service 1800
//   A003 issued 10:05, called 10:15 at W02, dropped as no_show                        wait 600
//   A004 issued 10:30, called 10:40 at W02, at the counter now                        wait 600
//   B002 issued 10:45, waiting
//   A005 issued 10:50, waiting
//   B003 issued 09:40, called 09:45 at W03, transferred to A at 10:00, waiting again  (no wait counted)
// Case summaries of the day:
//   C1 W01 ticket A001 accepted             M01  listed 8 collected 5  trips 1         promised 12-01 synced
//   C2 W02 ticket A002 accepted_deficiency  M02  listed 6 collected 3  trips 2 owes 1  promised 12-04
//                                                supplement due 11-30             not synced
//   C3 W01 (linked from B001) accepted      M01  listed 4 collected 0  trips 1 instant                  synced
//   C4 W01 (linked from B001) one_time_notice M03 listed 5 collected 2 trips 1                      not synced
//   C5 W03 no ticket not_accepted           M02  listed 3 collected 0  trips 1                          synced
// Earlier cases, for the time-limit watch:
//   E1 11-20 W02 accepted M01 promised 11-26 (yesterday)              not synced
//   E2 11-24 W01 accepted M02 promised 11-30 (Monday)                 synced
//   E3 11-25 W01 accepted M03 promised 12-02 (Wednesday)              synced
//   E4 11-18 W02 accepted_deficiency M02 owes 1, supplement due 11-25, promised 12-10   synced
//   E5 11-26 W01 accepted M01 promised 12-01 (Tuesday)                synced
// None of these carries a status (as from a window older than the field): all open. test_figures.cpp's
// "finished" case adds, on top, cases the platform has moved (CaseSummary::status):
//   F1 11-16 W02 accepted M01 promised 11-24  completed, updatedAt 11-26 10:00 (reported finished on 11-26)
//   F2 11-17 W02 accepted M02 promised 11-25  in_progress (open: still overdue)
//   F3 11-23 W01 accepted M03 promised 11-30  ready_for_pickup, updatedAt today 09:00 (finished)
// and a newer version of E1 saying completed at 10:30 today.

#include "core/dashboard/dashboardstate.h"

#include <QTimeZone>

namespace owtest {

inline const QDate ScriptedDay(2026, 11, 27);
QTimeZone hallZone();                                                           // UTC+08:00
QDateTime local(int hour, int minute, int second = 0, QDate day = ScriptedDay); // as UTC

ow::HallTicket makeTicket(const QString &code, const QString &state, const QDateTime &issued, const QDateTime &called = {},
                          const QDateTime &completed = {}, const QString &window = {}, int rating = 0,
                          const QStringList &caseIds = {}, const QDateTime &enqueued = {});
ow::CaseSummary makeCase(const QString &id, const QString &window, const QString &ticketId, const QString &decision,
                         const QString &matter, QDate day = ScriptedDay);

ow::HallSnapshot scriptedSnapshot();
QList<ow::HallTicket> scriptedTickets();
QList<ow::CaseSummary> scriptedCases();
ow::DashboardOptions scriptedOptions(); // the hall's zone, the built-in calendar, limits below
ow::DashboardState scriptedState();     // all of the above, reset

} // namespace owtest
