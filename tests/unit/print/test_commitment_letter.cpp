// The 告知承诺书 rendered to PDF and read back with pdftotext, from a decision on the demo catalog's 失业保险金申领
// whose 解除或者终止劳动关系证明 the applicant replaced by a commitment.
#include "core/calendar/workingcalendar.h"
#include "core/catalog/catalogloader.h"
#include "core/intake/casebuilder.h"
#include "core/intake/checklistengine.h"
#include "core/print/documenthtml.h"
#include "core/print/documentrenderer.h"
#include "tests/support/test_support.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace ow;

namespace {

const QString kMatter = QStringLiteral("RSJ-JF-0001");
const QString kReplaced = QStringLiteral("UNEMPLOYMENT_PROOF");

// Every applicable line handed over except kReplaced: replaced by the commitment when `commit`, else missing
// (and the decision is the one-time notice).
CaseDocument commitmentCase(DocumentKind kind, bool commit = true)
{
    const CatalogLoadResult catalog = CatalogLoader::load(QStringLiteral(":/catalog/demo-catalog.json"));
    REQUIRE(catalog.ok);
    const Matter *matter = catalog.data.matter(kMatter);
    REQUIRE(matter);
    const ChecklistEngine engine(WorkingCalendar::builtIn());
    ChecklistRequest r;
    r.matters = {*matter};
    for (const Situation &s : matter->situations)
        r.answers.insert(s.id, s.options.first().id);
    r.today = QDate(2026, 3, 2);
    const Checklist checklist = engine.build(r);
    QSet<QString> received;
    for (const ChecklistLine &l : checklist.lines)
        if (l.askedOfApplicant() && l.kind != kReplaced)
            received.insert(l.kind);
    const Evaluation ev = engine.evaluate(checklist, received, r.today, commit ? QSet<QString>{kReplaced} : QSet<QString>{});
    const Decision decision = commit ? Decision::Accept : Decision::OneTimeNotice;
    REQUIRE(ev.suggested == decision);
    const IntakeContext ctx{QStringLiteral("XH"), 3, QStringLiteral("李娜"), QDateTime(r.today, QTime(9, 30)),
                            QStringLiteral("a1"), {}};
    CaseDocument d;
    d.kind = kind;
    d.caseData = buildCase(checklist, ev, received, decision, {}, ctx);
    d.caseData.caseNumber = QStringLiteral("XH-20260302-03-0011");
    d.caseData.queryCode = QStringLiteral("KMNP2345");
    d.applicant.name = QStringLiteral("赵磊");
    d.applicant.idNumber = QStringLiteral("11010519491231002X");
    d.matters = checklist.matters;
    d.station.hallName = QStringLiteral("演示区政务服务中心");
    d.station.window = 3;
    d.station.clerk = QStringLiteral("李娜");
    d.printedAt = QDateTime(r.today, QTime(9, 31));
    return d;
}

// The PDF's text with all white space removed, so a sentence wrapped across lines still matches.
QString textOf(const CaseDocument &d)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(documentKey(d.kind) + QStringLiteral(".pdf"));
    QString error;
    REQUIRE(DocumentRenderer::writePdf(d, path, &error));
    if (qEnvironmentVariableIsSet("OW_KEEP_PDF")) // a copy for a person to look at
        QFile::copy(path, QDir(qEnvironmentVariable("OW_KEEP_PDF")).filePath(QFileInfo(path).fileName()));
    QString text = owtest::toolOutput(QStringLiteral("pdftotext"),
                                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    // The PDF's fonts set "fi" and "fl" as one glyph (U+FB01, U+FB02), which pdftotext gives back as such.
    return text.remove(QRegularExpression(QStringLiteral("\\s")))
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"));
}

QString squeezed(QString s)
{
    return s.remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

TEST_CASE("the commitment letter names the matter, the certificate replaced, its basis and the applicant's promise")
{
    const CaseDocument d = commitmentCase(DocumentKind::CertificateCommitment);
    const MatterMaterial *source = nullptr;
    for (const MatterMaterial &m : d.matters.first().materials)
        if (m.kind == kReplaced)
            source = &m;
    REQUIRE(source);
    REQUIRE(source->commitmentAllowed());

    const QString text = textOf(d);
    owtest::checkContainsAll(text,
                             {squeezed(documentTitle(DocumentKind::CertificateCommitment)), squeezed(d.matters.first().name),
                              squeezed(source->name), squeezed(source->commitmentBasis), QStringLiteral("赵磊"),
                              QStringLiteral("falsecommitmenthaslegalconsequences"), QStringLiteral("mayberevoked"),
                              QStringLiteral("Applicant(signature)"), QStringLiteral("Date:")});
    // Only the replaced certificate is listed, not the materials handed over.
    CHECK_FALSE(text.contains(QStringLiteral("居民身份证")));
}

TEST_CASE("the receipt says which certificate a commitment replaced, and the decision prints the letter")
{
    const CaseDocument d = commitmentCase(DocumentKind::Receipt);
    CHECK(documentsFor(d.caseData) == QList<DocumentKind>{DocumentKind::Receipt, DocumentKind::CertificateCommitment});
    const QString text = textOf(d);
    CHECK(text.contains(QStringLiteral("Replacedbyyoursignedcommitment")));
}

TEST_CASE("the one-time notice offers the commitment only where every matter of the case accepts one")
{
    // The sentence sits in a table cell whose lines pdftotext interleaves with the next column's: the PDF is
    // checked for a part that stays on one line, its absence in the HTML laid out for the PDF.
    const QString offer = QStringLiteral("Or sign a commitment in its place at the window");
    CaseDocument d = commitmentCase(DocumentKind::OneTimeNotice, false);
    CHECK(textOf(d).contains(QStringLiteral("commitmentinitsplace")));
    CHECK(DocumentHtml::build(d).contains(offer));

    // A second matter of the same application that requires the certificate and offers no commitment.
    Matter other = d.matters.first();
    other.code = QStringLiteral("OTHER");
    for (MatterMaterial &m : other.materials)
        m.commitmentBasis.clear();
    d.matters.append(other);
    const QString html = DocumentHtml::build(d);
    CHECK(html.contains(QStringLiteral("解除或者终止劳动关系证明")));
    CHECK_FALSE(html.contains(offer));
}
