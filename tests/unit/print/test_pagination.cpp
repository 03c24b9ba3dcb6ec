// Documents longer than a page, read back page by page as a person would (pdftotext -f N -l N): every
// page numbered "x of y" with the case number, no table row split across pages, the table header
// repeated, the seal and date on the page of the last rows, an empty legal basis printed as "—".
#include "core/calendar/workingcalendar.h"
#include "core/catalog/catalogloader.h"
#include "core/demo/demoidentities.h"
#include "core/intake/casebuilder.h"
#include "core/intake/checklistengine.h"
#include "core/print/documentrenderer.h"
#include "tests/support/test_support.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

QString flat(QString text)
{
    return text.remove(QRegularExpression(u"\\s"_s));
}

// A row's first words ("甲07") and last words ("止07"): both on one page, or the row was split.
QString rowStart(int i)
{
    return u"甲%1"_s.arg(i, 2, 10, QChar(u'0'));
}
QString rowEnd(int i)
{
    return u"止%1"_s.arg(i, 2, 10, QChar(u'0'));
}

// A matter of `lines` materials with long texts (rows of several lines each), none of which the applicant
// brought (a notice) or all of which (a receipt). Every fifth line has no legal basis.
CaseDocument documentOf(int lines, DocumentKind kind)
{
    static const CatalogLoadResult catalog = CatalogLoader::load(u":/catalog/demo-catalog.json"_s);
    REQUIRE(catalog.ok);
    Matter matter = *catalog.data.matter(u"SCJG-XK-0006"_s);
    matter.situations.clear();
    matter.materials.clear();
    for (int i = 1; i <= lines; ++i) {
        MatterMaterial m;
        m.kind = u"K%1"_s.arg(i, 2, 10, QChar(u'0'));
        m.name = rowStart(i) + u"号证明材料，写明申请人基本情况、经营场所和设施设备的详细说明"_s;
        m.issuer = u"所在地乡镇人民政府或街道办事处"_s;
        m.howToObtain = u"申请人持本人身份证件到出具单位窗口办理，或登录网上办事大厅在线申请后打印；"
                        u"委托他人办理的，另带委托书及受托人身份证件。"_s;
        if (i % 5 != 0)
            m.legalBasis = u"《食品经营许可和备案管理办法》第十二条第%1项 "_s.arg(i) + rowEnd(i);
        else
            m.howToObtain += rowEnd(i);
        matter.materials << m;
    }
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    const ChecklistEngine engine(calendar);
    ChecklistRequest r;
    r.matters = {matter};
    r.today = QDate(2026, 3, 2);
    const Checklist checklist = engine.build(r);
    QSet<QString> ticks;
    if (kind == DocumentKind::Receipt) {
        for (const ChecklistLine &l : checklist.lines)
            ticks.insert(l.kind);
    }
    const Evaluation ev = engine.evaluate(checklist, ticks, r.today);
    const IntakeContext ctx{u"XH"_s, 3, u"李娜"_s, QDateTime(r.today, QTime(9, 30)), u"a1"_s, {}};
    CaseDocument d;
    d.kind = kind;
    d.caseData = buildCase(checklist, ev, ticks, kind == DocumentKind::Receipt ? Decision::Accept : Decision::OneTimeNotice,
                           QString(), ctx);
    d.caseData.caseNumber = u"XH-20260302-03-0042"_s;
    d.caseData.queryCode = u"ACDE3467"_s;
    QRandomGenerator rng(5);
    d.applicant = demo::randomPerson(rng, r.today);
    d.matters = checklist.matters;
    d.station = DocumentStation{u"演示区政务服务中心"_s, u"XH"_s, 3, u"李娜"_s, u"https://zwfw.example/q/{code}"_s, {}};
    d.printedAt = QDateTime(r.today, QTime(9, 31));
    return d;
}

// The text of each page of the PDF, without spaces or line breaks.
QStringList pagesOf(const CaseDocument &d, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"doc.pdf"_s);
    QString error;
    REQUIRE(DocumentRenderer::writePdf(d, path, &error));
    if (qEnvironmentVariableIsSet("OW_KEEP_PDF"))
        QFile::copy(path, QDir(qEnvironmentVariable("OW_KEEP_PDF")).filePath(documentKey(d.kind) + u"-long.pdf"_s));
    const QString info = owtest::toolOutput(u"pdfinfo"_s, {path});
    const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
    REQUIRE(pages.hasMatch());
    QStringList texts;
    for (int p = 1; p <= pages.captured(1).toInt(); ++p) {
        const QString n = QString::number(p);
        texts << flat(owtest::toolOutput(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, u"-f"_s, n, u"-l"_s, n, path, u"-"_s}));
    }
    return texts;
}

int pageWith(const QStringList &pages, const QString &text)
{
    int found = -1;
    for (int p = 0; p < pages.size(); ++p) {
        if (pages.at(p).contains(text)) {
            if (found >= 0)
                return -2; // on two pages
            found = p;
        }
    }
    return found;
}

void checkPages(const QStringList &pages, int lines, const QString &header)
{
    const int count = int(pages.size());
    for (int p = 0; p < count; ++p) {
        INFO("page " << p + 1 << ": " << pages.at(p).toStdString());
        CHECK(pages.at(p).contains(u"Page%1of%2"_s.arg(p + 1).arg(count)));
        CHECK(pages.at(p).contains(u"XH-20260302-03-0042"_s));
    }
    for (int i = 1; i <= lines; ++i) {
        INFO("row " << i);
        const int start = pageWith(pages, rowStart(i));
        REQUIRE(start >= 0);
        CHECK(pageWith(pages, rowEnd(i)) == start); // the row is whole on one page
        CHECK(pages.at(start).contains(header));    // and the page shows the table's header
    }
}

} // namespace

TEST_CASE("a 40-line one-time notice runs over pages with whole rows, repeated headers and page x of y")
{
    QTemporaryDir dir;
    const CaseDocument d = documentOf(40, DocumentKind::OneTimeNotice);
    const QStringList pages = pagesOf(d, dir);
    REQUIRE(pages.size() >= 3);
    checkPages(pages, 40, u"No.MaterialFormWhereandhowtogetitBasis"_s);
    // An empty legal basis says so rather than leaving a blank that looks like something fell off.
    CHECK(pages.join(QString()).count(u"—"_s) >= 8);
    // The seal and the date are on the page of the table's last rows, never alone.
    const int seal = pageWith(pages, u"(seal)"_s);
    CHECK(seal == pages.size() - 1);
}

TEST_CASE("a 13-line bundle receipt keeps the seal and the date with its last rows and the case number on every page")
{
    QTemporaryDir dir;
    const CaseDocument d = documentOf(13, DocumentKind::Receipt);
    const QStringList pages = pagesOf(d, dir);
    REQUIRE(pages.size() >= 2); // thirteen rows of three lines do not fit on the first page with the head
    for (int i = 1; i <= 13; ++i) {
        INFO("row " << i);
        CHECK(pageWith(pages, rowStart(i)) >= 0);
    }
    const int lastRow = pageWith(pages, rowStart(13));
    CHECK(pageWith(pages, u"(seal)"_s) == lastRow);
    CHECK(pageWith(pages, u"Clerk:李娜"_s) == lastRow);
    for (int p = 0; p < pages.size(); ++p) {
        INFO("page " << p + 1);
        CHECK(pages.at(p).contains(u"Page%1of%2"_s.arg(p + 1).arg(pages.size())));
        CHECK(pages.at(p).contains(u"XH-20260302-03-0042"_s));
    }
}
