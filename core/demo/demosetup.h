#pragma once
// The demo hall on one machine: the demo catalog, the documented demo accounts, and a few days of
// realistic cases, so a newcomer sees a working hall with one command.

#include <QString>

namespace ow {

class Database;
class WorkingCalendar;

struct DemoAccount {
    const char *username;
    const char *password;
    const char *displayName;
};

// Documented in the README: demo / demo1234 (clerk), lead / lead1234 (supervisor), admin / admin1234.
inline constexpr DemoAccount DemoClerk{"demo", "demo1234", "演示窗口人员"};
inline constexpr DemoAccount DemoSupervisor{"lead", "lead1234", "演示大厅管理员"};
inline constexpr DemoAccount DemoAdministrator{"admin", "admin1234", "演示系统管理员"};

// Imports the demo catalog (unchanged matters keep their versions), creates the demo accounts that are
// missing, and on a database without cases seeds `cases` decisions. Safe to call at every start.
bool prepareDemoHall(Database &database, const WorkingCalendar &calendar, int cases, QString *error);

} // namespace ow
