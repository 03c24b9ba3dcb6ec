// The hand-over at the window (HandoverDesk) over a real intake: the delivery chosen at intake is kept,
// the pick-up list shows what the platform delivered to the hall with the working days it has waited, a
// hand-over is recorded once with its audit entry, and the document that goes with it is the right one, also
// when it is reprinted later.
#include "core/security/audittrail.h"
#include "core/storage/caserepository.h"
#include "core/storage/databasecheck.h"
#include "core/workflow/casedesk.h"
#include "core/workflow/handoverdesk.h"
#include "tests/unit/workflow/workflow_fixture.h"

#include <QSqlQuery>

using namespace ow;

namespace {

const QDate kDay(2026, 3, 2);
const QString kPension = QStringLiteral("GJJ-GG-0002"); // no situations

Applicant person()
{
    Applicant a;
    a.idNumber = QStringLiteral("11010519491231002X");
    a.name = QStringLiteral("王芳");
    a.address = QStringLiteral("浙江省杭州市西湖区文三路90号");
    return a;
}

Case accepted(owtest::DemoHall &hall, DeliveryMethod delivery, const QString &address)
{
    const IntakeService window = hall.window();
    QString error;
    auto session = window.start(person(), kPension, {}, kDay, &error);
    REQUIRE(session);
    session->delivery = delivery;
    session->deliveryAddress = address;
    QSet<QString> all;
    for (const ChecklistLine &l : session->checklist.lines)
        if (l.askedOfApplicant() && !l.optional)
            all.insert(l.kind);
    const DecisionResult r = window.decide(*session, all, Decision::Accept, {}, QDateTime(kDay, QTime(9, 0)));
    INFO(r.error.toStdString());
    REQUIRE(r.ok);
    return r.savedCase;
}

DocumentStation station()
{
    return DocumentStation{QStringLiteral("演示区政务服务中心"), QStringLiteral("XH"), 3, QStringLiteral("李娜"), {}, {}};
}

} // namespace

TEST_CASE("a result to be posted needs an address at intake, and keeps the one typed")
{
    owtest::DemoHall hall;
    const IntakeService window = hall.window();
    QString error;
    auto session = window.start(person(), kPension, {}, kDay, &error);
    REQUIRE(session);
    session->delivery = DeliveryMethod::ByPost;
    session->deliveryAddress = QStringLiteral("  ");
    const DecisionResult refused = window.decide(*session, {}, Decision::Accept, {}, QDateTime(kDay, QTime(9, 0)));
    CHECK_FALSE(refused.ok);
    CHECK_FALSE(refused.error.isEmpty());

    const Case c = accepted(hall, DeliveryMethod::ByPost, QStringLiteral(" 上海市黄浦区人民大道200号 "));
    const auto stored = CaseRepository(hall.db).byId(c.id);
    REQUIRE(stored);
    CHECK(stored->delivery == DeliveryMethod::ByPost);
    CHECK(stored->deliveryAddress == QStringLiteral("上海市黄浦区人民大道200号"));
}

TEST_CASE("the pick-up list shows the results at the hall with the working days they have waited")
{
    owtest::DemoHall hall;
    const Case waiting = accepted(hall, DeliveryMethod::AtWindow, {});
    const Case elsewhere = accepted(hall, DeliveryMethod::AtWindow, {});
    QString error;
    REQUIRE(CaseRepository(hall.db).applyPlatformStatus(waiting.id, CaseStatus::ReadyForPickup, &error));
    REQUIRE(CaseRepository(hall.db).applyPlatformStatus(elsewhere.id, CaseStatus::InProgress, &error));
    CaseDesk desk(hall.db, nullptr, station());
    HandoverDesk handovers(hall.db, nullptr, desk, &hall.calendar);
    const QDate today = QDate::currentDate();
    const QList<PickupItem> list = handovers.readyList(today.addDays(14));
    REQUIRE(list.size() == 1);
    CHECK(list.first().entry.caseData.id == waiting.id);
    CHECK(list.first().workingDaysWaiting == hall.calendar.workingDaysBetween(today, today.addDays(14)));
    CHECK(list.first().workingDaysWaiting > 5);
}

TEST_CASE("a hand-over by an agent is recorded once, audited, and gives a collection receipt")
{
    owtest::DemoHall hall;
    const Case c = accepted(hall, DeliveryMethod::AtWindow, {});
    QString error;
    REQUIRE(CaseRepository(hall.db).applyPlatformStatus(c.id, CaseStatus::ReadyForPickup, &error));
    AuditTrail audit(hall.db);
    CaseDesk desk(hall.db, &audit, station());
    HandoverDesk handovers(hall.db, &audit, desk, &hall.calendar);
    Handover h;
    h.caseId = c.id;
    h.collector = Collector::Agent;
    h.agentName = QStringLiteral("赵六");
    h.agentIdNumber = QStringLiteral("11010519491231002X");
    REQUIRE(handovers.handOver(h, QStringLiteral("li.na"), &error));
    CHECK(h.hallCode == QStringLiteral("XH"));
    CHECK(h.window == 3);
    Handover again = h;
    CHECK_FALSE(handovers.handOver(again, QStringLiteral("li.na"), &error));
    CHECK(handovers.readyList().isEmpty());
    const QList<AuditEntry> trail = audit.forCase(c.id);
    REQUIRE(trail.size() == 1); // the refused second one left nothing
    CHECK(trail.first().action == QStringLiteral("handover"));
    CHECK_FALSE(trail.first().detail.contains(QStringLiteral("11010519491231002X")));

    const std::optional<CaseDocument> d = handovers.document(c.id, QDateTime(kDay, QTime(10, 0)));
    REQUIRE(d);
    CHECK(d->kind == DocumentKind::CollectionReceipt);
    CHECK(d->handover.agentName == QStringLiteral("赵六"));
    CHECK_FALSE(handovers.document(accepted(hall, DeliveryMethod::AtWindow, {}).id, QDateTime(kDay, QTime(10, 0))));
    CHECK(DatabaseCheck::problems(hall.db.db()).isEmpty());
}

TEST_CASE("a handed-over result's 送达回证 is reprinted with its hand-over, marked 补打, from any window")
{
    owtest::DemoHall hall;
    const Case c = accepted(hall, DeliveryMethod::ByPost, QStringLiteral("浙江省杭州市西湖区文三路90号"));
    QString error;
    REQUIRE(CaseRepository(hall.db).applyPlatformStatus(c.id, CaseStatus::ReadyForPickup, &error));
    AuditTrail audit(hall.db);
    CaseDesk desk(hall.db, &audit, station()); // window 3 hands it over
    const std::optional<CaseDeskEntry> before = desk.summary(c.id);
    REQUIRE(before);
    CHECK_FALSE(desk.reprintable(*before).contains(DocumentKind::DeliveryCertificate)); // not handed over yet

    HandoverDesk handovers(hall.db, &audit, desk, &hall.calendar);
    Handover h;
    h.caseId = c.id;
    h.method = HandoverMethod::ByPost;
    h.carrier = QStringLiteral("EMS");
    h.trackingNumber = QStringLiteral("1180123456789");
    h.address = QStringLiteral("浙江省杭州市西湖区文三路90号");
    REQUIRE(handovers.handOver(h, QStringLiteral("li.na"), &error));
    const std::optional<CaseDocument> original = handovers.document(c.id, QDateTime(kDay, QTime(10, 0)));
    REQUIRE(original);
    REQUIRE(desk.recordIssue(*original, {}, &error));

    // Later, at another window: the case's documents now include the hand-over's.
    DocumentStation other = station();
    other.window = 7;
    CaseDesk laterDesk(hall.db, &audit, other);
    const std::optional<CaseDeskEntry> entry = laterDesk.summary(c.id);
    REQUIRE(entry);
    const QList<DocumentKind> kinds = laterDesk.reprintable(*entry);
    CHECK(kinds.first() == DocumentKind::Receipt);
    CHECK(kinds.contains(DocumentKind::DeliveryCertificate));
    CHECK_FALSE(kinds.contains(DocumentKind::CollectionReceipt));

    const CaseDocument again =
        laterDesk.reprint(*entry, DocumentKind::DeliveryCertificate, QDateTime(kDay.addDays(3), QTime(9, 0)));
    CHECK(again.reprint == 1);
    CHECK(again.handover.trackingNumber == QStringLiteral("1180123456789"));
    CHECK(again.station.window == 3); // the window that handed it over
    CHECK(again.handover.carrier == QStringLiteral("EMS"));
    // The page itself (the 补打 stamp over the same hand-over) is read back in tests/unit/print/test_documents.
}
