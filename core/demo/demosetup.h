#pragma once
// The demo hall on one machine: the demo catalog, the documented demo accounts, and a few days of
// realistic cases, so a newcomer sees a working hall with one command.

#include "core/security/passwordhasher.h"

#include <QString>

namespace ow {

class Database;
class WorkingCalendar;

struct DemoAccount {
    const char *username;
    const char *password;
    const char *displayName;
};

// Documented in the README: demo / counter-2026 (clerk), lead / hallfloor-2026 (supervisor), admin /
// serverroom-2026. They pass the password policy like any account (passwordpolicy.h).
inline constexpr DemoAccount DemoClerk{"demo", "counter-2026", "演示窗口人员"};
inline constexpr DemoAccount DemoSupervisor{"lead", "hallfloor-2026", "演示大厅管理员"};
inline constexpr DemoAccount DemoAdministrator{"admin", "serverroom-2026", "演示系统管理员"};

// Imports the demo catalog (unchanged matters keep their versions), creates the demo accounts that are
// missing, and on a database without cases seeds `cases` decisions. Safe to call at every start.
// hashIterations is for tests only (fast fixtures); the demo program keeps the product's cost.
bool prepareDemoHall(Database &database, const WorkingCalendar &calendar, int cases, QString *error,
                     int hashIterations = PasswordHasher::DefaultIterations);

} // namespace ow
