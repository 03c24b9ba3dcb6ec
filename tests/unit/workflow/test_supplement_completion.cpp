// 容缺 completion: a case accepted with deficiency becomes 已受理 once the owed required materials come,
// whatever the applicant did with the optional (选交) lines; and only a visit in person is a trip.
#include "core/demo/demoidentities.h"
#include "core/storage/caserepository.h"
#include "core/workflow/casedesk.h"
#include "tests/unit/workflow/workflow_fixture.h"

#include <QRandomGenerator>
#include <QSqlQuery>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

const QDate kDay(2026, 3, 2);
const QString kFoodLicence = QStringLiteral("SCJG-XK-0006"); // 食品经营许可（新办）: FOOD_LAYOUT may follow, HEALTH_CERT optional

// Every combination is tried up to this many per matter (or bundle) and set of answers; above it, a fixed
// sample of this size drawn with a fixed seed, so a failure always comes back the same.
constexpr int kMaxCombinations = 64;

// A person the hall has never seen: nothing is reused, so the checklist is the catalog's own.
Applicant freshPerson(int n)
{
    Applicant a;
    a.idNumber = demo::residentId(QStringLiteral("330106"), QDate(1960, 1, 1).addDays(n / 800), 100 + n % 800);
    a.name = QStringLiteral("测试%1").arg(n);
    return a;
}

// The first option of every question, then each other option of each question alone: every line a
// situation can switch on is met at least once, without the product of all answers.
QList<QMap<QString, QString>> answerSets(const QList<Situation> &situations)
{
    QMap<QString, QString> first;
    for (const Situation &s : situations)
        first.insert(s.id, s.options.first().id);
    QList<QMap<QString, QString>> sets{first};
    for (const Situation &s : situations) {
        for (qsizetype i = 1; i < s.options.size(); ++i) {
            QMap<QString, QString> other = first;
            other.insert(s.id, s.options.at(i).id);
            sets.append(other);
        }
    }
    return sets;
}

struct Lines {
    QStringList essential;  // required, no 容缺: always brought
    QStringList deferrable; // required, may follow (容缺)
    QStringList optional;   // 选交
};

Lines linesOf(const Checklist &checklist)
{
    Lines l;
    for (const ChecklistLine &line : checklist.lines) {
        if (!line.askedOfApplicant())
            continue;
        if (line.optional)
            l.optional << line.kind;
        else if (line.status == LineStatus::DeficiencyAllowed)
            l.deferrable << line.kind;
        else
            l.essential << line.kind;
    }
    return l;
}

// Bit i < deferrable.size(): that line is owed; the next bits: that optional line is brought.
QList<quint64> combinations(const Lines &l, quint32 seed)
{
    const int bits = int(l.deferrable.size() + l.optional.size());
    const quint64 owedMask = (quint64(1) << l.deferrable.size()) - 1;
    QList<quint64> out;
    if (bits <= 6) { // 2^6 = kMaxCombinations: all of them
        for (quint64 c = 0; c < (quint64(1) << bits); ++c)
            if (c & owedMask) // 容缺 needs something owed
                out << c;
        return out;
    }
    QRandomGenerator rng(seed);
    while (out.size() < kMaxCombinations) {
        const quint64 c = rng.generate64() & ((quint64(1) << bits) - 1);
        if (c & owedMask)
            out << c;
    }
    return out;
}

struct Outcome {
    QString failure; // empty: the case went 待补齐材料 → 已受理
};

// The decision first, then the owed kinds by way of the window's case desk, as the clerk records them.

Outcome decideAndSupply(Database &db, const IntakeService &window, CaseDesk &desk, const QString &target,
                        const QMap<QString, QString> &answers, const Lines &l, quint64 combination, int person)
{
    QString error;
    const auto session = window.start(freshPerson(person), target, answers, kDay, &error);
    if (!session)
        return {u"start: "_s + error};
    QSet<QString> received(l.essential.cbegin(), l.essential.cend());
    QStringList owed;
    for (qsizetype i = 0; i < l.deferrable.size(); ++i) {
        if (combination & (quint64(1) << i))
            owed << l.deferrable.at(i);
        else
            received.insert(l.deferrable.at(i));
    }
    for (qsizetype i = 0; i < l.optional.size(); ++i)
        if (combination & (quint64(1) << (l.deferrable.size() + i)))
            received.insert(l.optional.at(i));

    const DecisionResult r = window.decide(*session, received, Decision::AcceptWithDeficiency, {}, QDateTime(kDay, QTime(9, 0)));
    if (!r.ok)
        return {u"decide: "_s + r.error};
    if (r.savedCase.status != CaseStatus::AwaitingSupplement)
        return {u"decided as "_s + caseStatusKey(r.savedCase.status)};
    if (!desk.recordReturnTrip(r.savedCase.id, owed, kDay.addDays(1), QStringLiteral("clerk01"), &error))
        return {u"supplement: "_s + error};
    const std::optional<Case> after = CaseRepository(db).byId(r.savedCase.id);
    if (!after)
        return {u"case vanished"_s};
    if (after->status != CaseStatus::Accepted)
        return {u"still "_s + caseStatusKey(after->status) + u" after owed "_s + owed.join(u',')};
    if (after->trips != 2)
        return {u"trips %1"_s.arg(after->trips)};
    return {};
}

} // namespace

TEST_CASE("a 容缺 case whose owed material comes is accepted although an optional line was not brought")
{
    owtest::DemoHall hall;
    const IntakeService window = hall.window();
    CaseDesk desk(hall.db, nullptr, DocumentStation{});
    QString error;
    const auto preview = window.preview(kFoodLicence, {}, kDay);
    REQUIRE(preview);
    const auto session =
        window.start(freshPerson(1), kFoodLicence, answerSets(preview->checklist.situations).first(), kDay, &error);
    REQUIRE(session);
    const ChecklistLine *health = session->checklist.line(QStringLiteral("HEALTH_CERT"));
    const ChecklistLine *layout = session->checklist.line(QStringLiteral("FOOD_LAYOUT"));
    REQUIRE(health);
    REQUIRE(layout);
    REQUIRE(health->optional);
    REQUIRE(layout->status == LineStatus::DeficiencyAllowed);

    QSet<QString> received;
    for (const ChecklistLine &l : session->checklist.lines)
        if (l.askedOfApplicant() && !l.optional && l.kind != layout->kind)
            received.insert(l.kind);
    const DecisionResult r = window.decide(*session, received, Decision::AcceptWithDeficiency, {}, QDateTime(kDay, QTime(9, 0)));
    INFO(r.error.toStdString());
    REQUIRE(r.ok);
    REQUIRE(r.savedCase.status == CaseStatus::AwaitingSupplement);
    const auto stored = CaseRepository(hall.db).byId(r.savedCase.id);
    REQUIRE(stored);
    for (const CaseMaterial &m : stored->materials)
        if (m.kind == health->kind)
            CHECK(m.optional); // kept with the case, not only in the session

    REQUIRE(desk.recordReturnTrip(r.savedCase.id, {layout->kind}, kDay.addDays(1), QStringLiteral("clerk01"), &error));
    const auto after = CaseRepository(hall.db).byId(r.savedCase.id);
    REQUIRE(after);
    CHECK(after->status == CaseStatus::Accepted);
    CHECK(after->trips == 2);
    for (const CaseMaterial &m : after->materials)
        CHECK_FALSE(m.owed());
}

TEST_CASE("property: every matter and bundle of the demo catalog completes its 容缺 case once the owed lines come")
{
    // For each matter and each bundle, under each set of answers (answerSets), every combination of owed
    // required lines (a non-empty subset of the lines 容缺 allows to follow) and brought/not-brought
    // optional lines is decided with deficiency, then the owed lines are supplied in person; the case must
    // be 已受理 with two trips. Where the lines give more than kMaxCombinations combinations, a fixed
    // sample of kMaxCombinations (fixed seed per target) is tried instead.
    owtest::DemoHall hall;
    const IntakeService window = hall.window();
    CaseDesk desk(hall.db, nullptr, DocumentStation{});

    QStringList targets;
    for (const Matter &m : window.catalog().matters)
        targets << m.code;
    for (const Bundle &b : window.catalog().bundles)
        targets << b.code;
    REQUIRE(targets.size() == 65 + 6);

    int person = 1000;
    int decided = 0;
    int withOptional = 0;
    QSet<QString> covered;
    for (const QString &target : targets) {
        const auto preview = window.preview(target, {}, kDay);
        REQUIRE(preview);
        for (const QMap<QString, QString> &answers : answerSets(preview->checklist.situations)) {
            const auto shaped = window.preview(target, answers, kDay);
            REQUIRE(shaped);
            REQUIRE(shaped->checklist.unanswered.isEmpty());
            const Lines l = linesOf(shaped->checklist);
            if (l.deferrable.isEmpty())
                continue; // nothing may follow later: 容缺 does not apply to this matter and situation
            covered.insert(target);
            for (const quint64 combination : combinations(l, quint32(qHash(target)))) {
                const Outcome o = decideAndSupply(hall.db, window, desk, target, answers, l, combination, ++person);
                INFO(target.toStdString() << " combination " << combination);
                REQUIRE(o.failure.toStdString() == std::string());
                ++decided;
                if (!l.optional.isEmpty())
                    ++withOptional;
            }
        }
    }
    INFO(decided << " cases over " << covered.size() << " matters and bundles; " << withOptional
                 << " of them with optional lines");
    CHECK(covered.size() >= 20); // 22 of the 71 let some line follow later; the others never reach 容缺
    CHECK(covered.contains(kFoodLicence));
    CHECK(withOptional > 0);
}

TEST_CASE("a supplement by post or through data sharing is no trip, in person it is")
{
    owtest::DemoHall hall;
    const IntakeService window = hall.window();
    CaseDesk desk(hall.db, nullptr, DocumentStation{});
    const auto preview = window.preview(kFoodLicence, {}, kDay);
    REQUIRE(preview);
    const QMap<QString, QString> answers = answerSets(preview->checklist.situations).first();

    int person = 50;
    const auto deficiencyCase = [&] {
        QString error;
        const auto session = window.start(freshPerson(++person), kFoodLicence, answers, kDay, &error);
        REQUIRE(session);
        QSet<QString> received;
        for (const ChecklistLine &l : session->checklist.lines)
            if (l.askedOfApplicant() && !l.optional && l.status != LineStatus::DeficiencyAllowed)
                received.insert(l.kind);
        const DecisionResult r =
            window.decide(*session, received, Decision::AcceptWithDeficiency, {}, QDateTime(kDay, QTime(9, 0)));
        REQUIRE(r.ok);
        QStringList owed;
        for (const CaseMaterial &m : r.savedCase.materials)
            if (m.owed())
                owed << m.kind;
        REQUIRE_FALSE(owed.isEmpty());
        return std::pair{r.savedCase.id, owed};
    };

    for (const auto &[channel, trips] : {std::pair{SupplementChannel::InPerson, 2}, std::pair{SupplementChannel::ByPost, 1},
                                         std::pair{SupplementChannel::DataSharing, 1}}) {
        const auto [caseId, owed] = deficiencyCase();
        QString error;
        REQUIRE(desk.recordReturnTrip(caseId, owed, kDay.addDays(1), QStringLiteral("clerk01"), &error, channel));
        const auto after = CaseRepository(hall.db).byId(caseId);
        REQUIRE(after);
        CHECK(after->status == CaseStatus::Accepted);
        CHECK(after->trips == trips);
        CHECK(after->revision == 2); // the platform hears of it either way
    }
}
