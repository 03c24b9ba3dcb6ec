#include "tests/integration/sync/syntheticcases.h"

#include "core/catalog/catalogloader.h"
#include "core/demo/demoidentities.h"
#include "core/storage/caserepository.h"
#include "core/storage/catalogrepository.h"
#include "core/storage/database.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace owsync {

MadeCases commitCases(ow::Database &db, int count, unsigned seed, QString *error)
{
    MadeCases made;
    ow::CatalogRepository catalogs(db);
    ow::CatalogData catalog = catalogs.loadCurrent();
    if (catalog.matters.isEmpty()) {
        const ow::CatalogLoadResult demo = ow::CatalogLoader::load(u":/catalog/demo-catalog.json"_s);
        const ow::ImportReport imported = demo.ok ? catalogs.importCatalog(demo.data) : ow::ImportReport{};
        if (!imported.ok) {
            *error = u"cannot import the demo catalog: "_s + imported.error + demo.errors.join(u'\n');
            return made;
        }
        catalog = catalogs.loadCurrent();
    }
    QRandomGenerator rng(seed);
    ow::CaseRepository cases(db);
    const QDate today = QDate::currentDate();
    // Many commits per transaction: the nested commits join it, so the disk is synced once per chunk.
    for (int done = 0; done < count;) {
        const int chunk = std::min(500, count - done);
        const bool ok = db.transaction(
            [&] {
                for (int i = 0; i < chunk; ++i) {
                    const ow::Matter &matter = catalog.matters.at(rng.bounded(int(catalog.matters.size())));
                    const int pick = rng.bounded(20);
                    ow::Case c;
                    c.hallCode = u"SYNC"_s;
                    c.window = 1 + (done + i) % 6;
                    c.clerk = u"sync-test"_s;
                    c.decision = pick < 12   ? ow::Decision::Accept
                                 : pick < 17 ? ow::Decision::AcceptWithDeficiency
                                 : pick < 19 ? ow::Decision::OneTimeNotice
                                             : ow::Decision::NotAccepted;
                    c.status = c.decision == ow::Decision::Accept                 ? ow::CaseStatus::Accepted
                               : c.decision == ow::Decision::AcceptWithDeficiency ? ow::CaseStatus::AwaitingSupplement
                               : c.decision == ow::Decision::OneTimeNotice        ? ow::CaseStatus::Notified
                                                                                  : ow::CaseStatus::Rejected;
                    if (c.decision == ow::Decision::NotAccepted)
                        c.reason = u"不属于本厅受理范围"_s;
                    c.matters = {{matter.code, matter.version}};
                    for (const ow::MatterMaterial &line : matter.materials) {
                        ow::CaseMaterial m;
                        m.kind = line.kind;
                        m.name = line.name;
                        m.matterCodes = {matter.code};
                        m.received = c.decision == ow::Decision::Accept;
                        m.receivedOn = m.received ? today : QDate();
                        c.materials.append(m);
                    }
                    if (c.decision == ow::Decision::AcceptWithDeficiency) {
                        // Everything but the last line brought; the last one follows under a commitment.
                        for (qsizetype k = 0; k + 1 < c.materials.size(); ++k) {
                            c.materials[k].received = true;
                            c.materials[k].receivedOn = today;
                        }
                        c.materials.last().status = ow::LineStatus::DeficiencyAllowed;
                        c.supplementDue = today.addDays(10);
                    }
                    c.listedCount = int(c.materials.size());
                    c.collectedCount = int(std::count_if(c.materials.cbegin(), c.materials.cend(),
                                                         [](const ow::CaseMaterial &m) { return m.received; }));
                    if (!cases.commitDecision(c, ow::demo::randomPerson(rng, today), error))
                        return false;
                    made.caseIds << c.id;
                    if (c.decision == ow::Decision::AcceptWithDeficiency)
                        made.awaiting << c.id;
                }
                return true;
            },
            error);
        if (!ok)
            return {};
        done += chunk;
    }
    return made;
}

bool supplement(ow::Database &db, const QString &caseId, QString *error)
{
    ow::CaseRepository cases(db);
    const std::optional<ow::Case> c = cases.byId(caseId);
    if (!c || c->materials.isEmpty()) {
        *error = u"no case "_s + caseId;
        return false;
    }
    return cases.recordSupplement(caseId, {c->materials.last().kind}, QDate::currentDate(), error);
}

} // namespace owsync
