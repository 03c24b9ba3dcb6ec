#pragma once
// The clerk's counter window and what it needs: the window's database, sign-in, intake, the case desk,
// printing, the platform sync and the hall's queue. The demo builds the same window with its own setup.

#include "app/onewindow/roles/roles.h"
#include "core/calendar/workingcalendar.h"
#include "core/hall/client/hallclient.h"
#include "core/sync/syncsettings.h"

#include <functional>
#include <optional>

namespace ow {

class Database;

struct ClerkSetup {
    QString databasePath;
    QString hallCode;
    QString hallName;          // printed on documents
    QString queryLinkTemplate; // the QR codes' progress-lookup address ({code}); empty: the bare query code
    WorkingCalendar calendar;
    // Runs on the open database before sign-in (the demo imports its catalog, accounts and cases).
    std::function<bool(Database &, const WorkingCalendar &, QString *)> prepareDatabase;
    // Signs in without asking (the demo clerk); otherwise the sign-in dialog asks.
    std::optional<std::pair<QString, QString>> signInAs;
    SyncSettings sync;                       // no platformUrl: the window works offline
    std::optional<HallClient::Options> hall; // none: the clerk calls people in by hand
    // Runs after sign-in, just before the counter window opens (the demo opens the hall's other faces).
    std::function<void()> beforeWindow;
};

// The setup the options ask for: --db, --hall, --hall-name, --platform, --hall-service and their files.
bool clerkSetupFromOptions(const CommandLine &options, ClerkSetup *setup, QString *error);
bool buildClerkWindow(RoleContext &context, const ClerkSetup &setup, QString *error);

} // namespace ow
