// The counter window's models under QAbstractItemModelTester, and the document printer's failure paths.
#include "core/demo/demoidentities.h"
#include "tests/ui/counterwindow.h"
#include "ui/cases/caselistmodel.h"
#include "ui/intake/checklistmodel.h"
#include "ui/print/documentprinter.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>

using namespace ow;

TEST_CASE("the checklist model passes the model tester and only ticks what the applicant must bring")
{
    owtest::CounterWindow w;
    std::optional<IntakeSession> s = w.intake->preview(QStringLiteral("YJS-0003"), {}, QDate(2026, 3, 2));
    REQUIRE(s);
    ChecklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setChecklist(s->checklist);
    REQUIRE(model.rowCount() > 3);
    int asked = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const ChecklistLine &line = s->checklist.lines.at(row);
        const QModelIndex tickCell = model.index(row, ChecklistModel::ReceivedColumn);
        CHECK(bool(model.flags(tickCell) & Qt::ItemIsUserCheckable) == line.askedOfApplicant());
        if (line.askedOfApplicant()) {
            ++asked;
            model.toggle(row);
            CHECK(model.received().contains(line.kind));
        } else {
            CHECK_FALSE(model.setData(tickCell, Qt::Checked, Qt::CheckStateRole));
        }
    }
    CHECK(model.received().size() == asked);
    // A new checklist keeps the ticks of the materials still on it.
    model.setChecklist(s->checklist);
    CHECK(model.received().size() == asked);
    model.clear();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the case list model passes the model tester and masks ID numbers")
{
    owtest::CounterWindow w(40);
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<CaseDeskEntry> cases = w.desk->find(QStringLiteral("DEMO"), 100);
    REQUIRE(cases.size() == 40);
    model.setCases(cases);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString applicant = model.index(row, CaseListModel::ApplicantColumn).data().toString();
        CHECK(applicant.contains(QStringLiteral("**********")));
        CHECK_FALSE(applicant.contains(cases.at(row).applicant.idNumber));
        CHECK(model.index(row, CaseListModel::SyncColumn).data().toString() == syncStateName(SyncState::SavedHere));
    }
}

TEST_CASE("documents are archived as PDF, and a folder that cannot be written is reported, not fatal")
{
    owtest::CounterWindow w(5);
    const QList<CaseDeskEntry> cases = w.desk->find(QStringLiteral("DEMO"), 1);
    REQUIRE(cases.size() == 1);
    const CaseDocument doc =
        w.desk->document(cases.first(), documentsFor(cases.first().caseData.decision).first(), QDateTime::currentDateTime());
    DocumentPrinter good(w.dir.filePath(QStringLiteral("archive")), PrintMode::ArchiveOnly);
    QString error;
    const QStringList paths = good.print({doc}, nullptr, &error);
    CHECK(error.isEmpty());
    REQUIRE(paths.size() == 1);
    CHECK(QFileInfo(paths.first()).size() > 1000);

    DocumentPrinter bad(QStringLiteral("/proc/onewindow-archive"), PrintMode::ArchiveOnly);
    CHECK(bad.print({doc}, nullptr, &error).isEmpty());
    CHECK_FALSE(error.isEmpty());
}
