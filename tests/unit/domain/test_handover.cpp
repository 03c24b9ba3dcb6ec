// The hand-over's rules (core/domain/handover.h): who may collect a result, what a posted one needs, and
// what of it the platform learns.
#include "core/domain/handover.h"
#include "tests/support/test_support.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using ow::Collector;
using ow::Handover;
using ow::HandoverMethod;

namespace {

Handover byAgent(const QString &idNumber)
{
    Handover h;
    h.caseId = u"0193a5f2-6c1e-7d4b-9a21-5f3e8c7b2d10"_s;
    h.revision = 3;
    h.collector = Collector::Agent;
    h.agentName = u"李四"_s;
    h.agentIdNumber = idNumber;
    h.hallCode = u"XH"_s;
    h.window = 3;
    h.clerk = u"li.na"_s;
    h.at = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    return h;
}

} // namespace

TEST_CASE("an agent collects a result only with a valid 18-digit resident ID number", "[handover]")
{
    CHECK(ow::handoverProblem(byAgent(u"11010519491231002X"_s)).isEmpty());
    CHECK(ow::handoverProblem(byAgent(u"11010519491231002x"_s)).isEmpty());       // a lower-case check character
    CHECK_FALSE(ow::handoverProblem(byAgent(u"110105194912310021"_s)).isEmpty()); // wrong check digit
    CHECK_FALSE(ow::handoverProblem(byAgent(u"11010519491231002"_s)).isEmpty());  // 17 characters
    CHECK_FALSE(ow::handoverProblem(byAgent({})).isEmpty());
    CHECK_FALSE(ow::handoverProblem(byAgent(u"91110000802100433B"_s)).isEmpty()); // not a person's number
    Handover nameless = byAgent(u"11010519491231002X"_s);
    nameless.agentName = u"  "_s;
    CHECK_FALSE(ow::handoverProblem(nameless).isEmpty());
}

TEST_CASE("the applicant collecting in person needs nothing more", "[handover]")
{
    Handover h = byAgent({});
    h.collector = Collector::Applicant;
    CHECK(ow::handoverProblem(h).isEmpty());
}

TEST_CASE("a posted result needs the carrier, the tracking number and the address, each bounded", "[handover]")
{
    Handover h = byAgent({});
    h.method = HandoverMethod::ByPost;
    h.carrier = u"EMS"_s;
    h.trackingNumber = u"1178765432101"_s;
    h.address = u"浙江省杭州市西湖区文三路 90 号"_s;
    CHECK(ow::handoverProblem(h).isEmpty());
    Handover missing = h;
    missing.trackingNumber.clear();
    CHECK_FALSE(ow::handoverProblem(missing).isEmpty());
    missing = h;
    missing.carrier = u" "_s;
    CHECK_FALSE(ow::handoverProblem(missing).isEmpty());
    missing = h;
    missing.address.clear();
    CHECK_FALSE(ow::handoverProblem(missing).isEmpty());
    Handover huge = h;
    huge.trackingNumber = QString(65, u'9');
    CHECK_FALSE(ow::handoverProblem(huge).isEmpty());
}

TEST_CASE("the platform learns that an agent collected, never the agent's ID number or name", "[handover]")
{
    const Handover h = byAgent(u"11010519491231002X"_s);
    const QJsonObject o = ow::handoverPayload(h);
    CHECK(o.value(u"schema"_s).toString() == u"onewindow-handover/1"_s);
    CHECK(o.value(u"revision"_s).toInt() == 3);
    CHECK(o.value(u"method"_s).toString() == u"in_person"_s);
    CHECK(o.value(u"collector"_s).toString() == u"agent"_s);
    const QByteArray text = QJsonDocument(o).toJson();
    CHECK_FALSE(text.contains("11010519491231002X"));
    CHECK_FALSE(text.contains(u"李四"_s.toUtf8()));
}

TEST_CASE("a posted result's payload carries the carrier and the tracking number", "[handover]")
{
    Handover h = byAgent({});
    h.method = HandoverMethod::ByPost;
    h.carrier = u"EMS"_s;
    h.trackingNumber = u"1178765432101"_s;
    const QJsonObject o = ow::handoverPayload(h);
    CHECK(o.value(u"method"_s).toString() == u"post"_s);
    CHECK(o.value(u"carrier"_s).toString() == u"EMS"_s);
    CHECK(o.value(u"trackingNumber"_s).toString() == u"1178765432101"_s);
    CHECK_FALSE(o.contains(u"collector"_s));
}
