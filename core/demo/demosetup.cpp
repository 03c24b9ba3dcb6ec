#include "core/demo/demosetup.h"

#include "core/catalog/catalogloader.h"
#include "core/demo/demoseeder.h"
#include "core/security/accounts.h"
#include "core/security/audittrail.h"
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/database.h"

namespace ow {

bool prepareDemoHall(Database &database, const WorkingCalendar &calendar, int cases, QString *error, int hashIterations)
{
    const CatalogLoadResult demo = CatalogLoader::load(QStringLiteral(":/catalog/demo-catalog.json"));
    if (!demo.ok) {
        *error = demo.errors.join(u'\n');
        return false;
    }
    const ImportReport imported = CatalogRepository(database).importCatalog(demo.data);
    if (!imported.ok) {
        *error = imported.error;
        return false;
    }
    AuditTrail audit(database);
    SignInPolicy policy;
    policy.hashIterations = hashIterations;
    Accounts accounts(database, audit, policy);
    const std::pair<DemoAccount, Role> people[] = {
        {DemoClerk, Role::Clerk}, {DemoSupervisor, Role::Supervisor}, {DemoAdministrator, Role::Administrator}};
    for (const auto &[a, role] : people) {
        const QString name = QString::fromLatin1(a.username);
        if (!accounts.find(name)
            && !accounts.add(name, QString::fromUtf8(a.displayName), role, QString::fromLatin1(a.password), error))
            return false;
    }
    if (CaseRepository(database).search({}, 1).isEmpty() && cases > 0) {
        SeedOptions options;
        options.cases = cases;
        options.hallCode = QStringLiteral("DEMO");
        const SeedReport seeded = DemoSeeder(database, calendar).run(options);
        if (!seeded.ok) {
            *error = seeded.error;
            return false;
        }
    }
    return true;
}

} // namespace ow
