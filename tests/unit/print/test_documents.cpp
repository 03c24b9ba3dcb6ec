// Documents rendered to PDF and read back as a person would: the text (pdftotext) and the QR code
// on the rendered page (pdftoppm + zbarimg).
#include "core/calendar/workingcalendar.h"
#include "core/catalog/catalogloader.h"
#include "core/demo/demoidentities.h"
#include "core/domain/identifiers.h"
#include "core/intake/casebuilder.h"
#include "core/intake/checklistengine.h"
#include "core/print/documentarchive.h"
#include "core/print/documentrenderer.h"
#include "tests/support/test_support.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sys/stat.h>

using namespace ow;

namespace {

QString run(const QString &program, const QStringList &args)
{
    return owtest::toolOutput(program, args);
}

// Text without line breaks or spaces, so a wrapped sentence still matches.
QString flat(const QString &text)
{
    QString out = text;
    out.remove(QRegularExpression(QStringLiteral("\\s")));
    return out;
}

struct Built {
    CaseDocument document;
    QStringList missingNames;
};

// A decision on 食品经营许可（新办） taken through the real engine, with `received` kinds handed over.
Built decide(Decision decision, const std::function<bool(const ChecklistLine &)> &received)
{
    static const CatalogLoadResult catalog = CatalogLoader::load(QStringLiteral(":/catalog/demo-catalog.json"));
    REQUIRE(catalog.ok);
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    const ChecklistEngine engine(calendar);
    ChecklistRequest r;
    r.matters = {*catalog.data.matter(QStringLiteral("SCJG-XK-0006"))};
    for (const Situation &s : r.matters.first().situations)
        r.answers.insert(s.id, s.options.first().id);
    r.today = QDate(2026, 3, 2);
    const Checklist checklist = engine.build(r);
    QSet<QString> ticks;
    Built b;
    for (const ChecklistLine &l : checklist.lines) {
        if (!l.askedOfApplicant())
            continue;
        if (received(l))
            ticks.insert(l.kind);
        else if (!l.optional)
            b.missingNames << l.name;
    }
    const Evaluation ev = engine.evaluate(checklist, ticks, r.today);
    IntakeContext ctx{QStringLiteral("XH"), 3, QStringLiteral("李娜"), QDateTime(r.today, QTime(9, 30)),
                      QStringLiteral("a1"), {}};
    Case c = buildCase(
        checklist, ev, ticks, decision,
        decision == Decision::NotAccepted ? QStringLiteral("经营场所位于居民住宅楼内，不符合食品经营场所要求") : QString(), ctx);
    c.caseNumber = QStringLiteral("XH-20260302-03-0007");
    c.queryCode = QStringLiteral("ACDE3467");
    QRandomGenerator rng(5);
    b.document.applicant = demo::randomPerson(rng, r.today);
    b.document.applicant.name = QStringLiteral("王芳");
    b.document.caseData = c;
    b.document.matters = checklist.matters;
    b.document.station = DocumentStation{QStringLiteral("演示区政务服务中心"),
                                         QStringLiteral("XH"),
                                         3,
                                         QStringLiteral("李娜"),
                                         QStringLiteral("https://zwfw.example/q/{code}"),
                                         QStringLiteral("0571-12345")};
    b.document.printedAt = QDateTime(r.today, QTime(9, 31));
    return b;
}

QString pdfText(const CaseDocument &d, const QTemporaryDir &dir, QString *pdfPath = nullptr)
{
    const QString path = dir.filePath(documentKey(d.kind) + QStringLiteral(".pdf"));
    QString error;
    REQUIRE(DocumentRenderer::writePdf(d, path, &error));
    if (pdfPath)
        *pdfPath = path;
    // OW_KEEP_PDF=DIR keeps a copy of each page for a person to look at.
    if (qEnvironmentVariableIsSet("OW_KEEP_PDF"))
        QFile::copy(path, QDir(qEnvironmentVariable("OW_KEEP_PDF")).filePath(QFileInfo(path).fileName()));
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
}

} // namespace

TEST_CASE("the acceptance receipt holds the case number, the masked ID, the promised date and a readable QR code")
{
    QTemporaryDir dir;
    Built b = decide(Decision::Accept, [](const ChecklistLine &) { return true; });
    b.document.kind = DocumentKind::Receipt;
    QString pdf;
    const QString text = flat(pdfText(b.document, dir, &pdf));
    CHECK(text.contains(QStringLiteral("XH-20260302-03-0007")));
    CHECK(text.contains(flat(maskIdNumber(b.document.applicant.idNumber))));
    CHECK_FALSE(text.contains(b.document.applicant.idNumber)); // never the full number on paper
    owtest::checkContainsAll(text, {flat(QLocale().toString(b.document.caseData.promisedDate, QLocale::LongFormat)),
                                    QStringLiteral("ACDE3467"), QStringLiteral("演示区政务服务中心")});

    // The QR code on the rendered page decodes to the query link.
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), QStringLiteral("-f"), QStringLiteral("1"),
         QStringLiteral("-l"), QStringLiteral("1"), pdf, dir.filePath(QStringLiteral("page"))});
    const QStringList pages = QDir(dir.path()).entryList({QStringLiteral("page*.png")});
    REQUIRE(pages.size() == 1);
    const QString decoded =
        run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), dir.filePath(pages.first())});
    CHECK(decoded.trimmed() == QStringLiteral("https://zwfw.example/q/ACDE3467"));
}

TEST_CASE("the one-time notice lists every missing material, with where to get it")
{
    QTemporaryDir dir;
    int n = 0;
    // Every other material missing: the notice must name each one.
    Built b = decide(Decision::OneTimeNotice, [&n](const ChecklistLine &) { return n++ % 2 == 0; });
    b.document.kind = DocumentKind::OneTimeNotice;
    REQUIRE(b.missingNames.size() >= 2);
    const QString text = flat(pdfText(b.document, dir));
    for (const QString &name : b.missingNames) {
        INFO(name.toStdString());
        CHECK(text.contains(flat(name)));
    }
    CHECK(text.contains(QStringLiteral("XH-20260302-03-0007")));
}

TEST_CASE("the notice of non-acceptance gives the reason and the right of appeal, and no progress lookup")
{
    QTemporaryDir dir;
    Built b = decide(Decision::NotAccepted, [](const ChecklistLine &) { return false; });
    b.document.kind = DocumentKind::NotAccepted;
    QString pdf;
    const QString text = flat(pdfText(b.document, dir, &pdf));
    CHECK(text.contains(QStringLiteral("经营场所位于居民住宅楼内")));
    CHECK(text.contains(flat(QStringLiteral("you may apply for administrative reconsideration within 60 days of receiving "
                                            "this notice, or bring an administrative lawsuit to a people's court within 6 "
                                            "months"))));
    // Neither the query code, nor the lookup address, nor a sentence about following the case.
    CHECK_FALSE(text.contains(QStringLiteral("ACDE3467")));
    CHECK_FALSE(text.contains(QStringLiteral("zwfw.example")));
    CHECK_FALSE(text.contains(QStringLiteral("progress")));
    // No QR code on the page: zbarimg finds no symbol (exit status 4).
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                                     QStringLiteral("-singlefile"), pdf, dir.filePath(QStringLiteral("page"))});
    const owtest::ProgramRun scan = owtest::runProgram(QStandardPaths::findExecutable(QStringLiteral("zbarimg")),
                                                       {QStringLiteral("-q"), dir.filePath(QStringLiteral("page.png"))}, 60000);
    CHECK(scan.exitCode == 4);
    CHECK(scan.out.trimmed().isEmpty());
}

TEST_CASE("without a lookup page the QR code holds the bare query code and the page says where to give it")
{
    QTemporaryDir dir;
    Built b = decide(Decision::Accept, [](const ChecklistLine &) { return true; });
    b.document.kind = DocumentKind::Receipt;
    b.document.station.queryLinkTemplate.clear();
    CHECK(b.document.queryLink() == QStringLiteral("ACDE3467"));
    QString pdf;
    const QString text = flat(pdfText(b.document, dir, &pdf));
    CHECK(text.contains(flat(QStringLiteral("give the query code ACDE3467 at any window of 演示区政务服务中心"))));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                                     QStringLiteral("-singlefile"), pdf, dir.filePath(QStringLiteral("page"))});
    const QString decoded =
        run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), dir.filePath(QStringLiteral("page.png"))});
    CHECK(decoded.trimmed() == QStringLiteral("ACDE3467"));
}

TEST_CASE("the QR payload is the template with the query code in place of {code}")
{
    CaseDocument d;
    d.caseData.queryCode = QStringLiteral("ACDE3467");
    d.station.queryLinkTemplate = QStringLiteral("https://zwfw.example.gov.cn/query?code={code}&hall=XH");
    CHECK(d.queryLink() == QStringLiteral("https://zwfw.example.gov.cn/query?code=ACDE3467&hall=XH"));
    d.station.queryLinkTemplate.clear();
    CHECK(d.queryLink() == QStringLiteral("ACDE3467"));
    CHECK(queryLinkTemplateProblem({}).isEmpty());
    CHECK(queryLinkTemplateProblem(QStringLiteral("https://zwfw.example.gov.cn/query?code={code}")).isEmpty());
    CHECK_FALSE(queryLinkTemplateProblem(QStringLiteral("https://zwfw.example.gov.cn/query")).isEmpty()); // no {code}
    CHECK_FALSE(queryLinkTemplateProblem(QStringLiteral("ftp://zwfw.example.gov.cn/{code}")).isEmpty());
    CHECK_FALSE(queryLinkTemplateProblem(QStringLiteral("zwfw query {code}")).isEmpty());
    CHECK_FALSE(queryLinkTemplateProblem(QStringLiteral("https://zwfw.example.gov.cn/q?code={code}&pad=") + QString(300, u'x'))
                    .isEmpty());
}

TEST_CASE("a reprint is a new archived file marked with its number, and the original stays byte for byte")
{
    QTemporaryDir dir;
    Built b = decide(Decision::Accept, [](const ChecklistLine &) { return true; });
    b.document.kind = DocumentKind::Receipt;
    const DocumentArchive archive(dir.filePath(QStringLiteral("documents")));
    QString original;
    QString error;
    REQUIRE(archive.write(b.document, &original, &error));
    const auto bytes = [](const QString &path) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    };
    const QByteArray before = bytes(original);
    const QString originalText =
        flat(run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), original, QStringLiteral("-")}));
    CHECK_FALSE(originalText.contains(QStringLiteral("补打")));
    CHECK_FALSE(originalText.contains(QStringLiteral("Reprint")));

    // Writing the original again is refused: an archived file is never written over.
    CHECK_FALSE(archive.write(b.document, nullptr, &error));
    CHECK(error.contains(QFileInfo(original).fileName()));

    CaseDocument again = b.document;
    for (int n = 1; n <= 2; ++n) {
        again.reprint = n;
        again.printedAt = b.document.printedAt.addDays(n);
        QString reprint;
        REQUIRE(archive.write(again, &reprint, &error));
        CHECK(reprint != original);
        CHECK(QFileInfo(reprint).fileName() == QStringLiteral("XH-20260302-03-0007-receipt-reprint-%1.pdf").arg(n));
        CHECK(DocumentArchive::caseNumberOf(QFileInfo(reprint).fileName()) == QStringLiteral("XH-20260302-03-0007"));
        const QString text = flat(
            run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), reprint, QStringLiteral("-")}));
        owtest::checkContainsAll(
            text, {QStringLiteral("补打%1").arg(n), QStringLiteral("Reprint%1").arg(n), QStringLiteral("XH-20260302-03-0007")});
    }
    CHECK(bytes(original) == before);
    CHECK(DocumentArchive::caseNumberOf(QFileInfo(original).fileName()) == QStringLiteral("XH-20260302-03-0007"));
    CHECK(DocumentArchive::caseNumberOf(QStringLiteral("notes.pdf")).isEmpty());
}

TEST_CASE("the deficiency commitment names the materials to follow and the due date")
{
    QTemporaryDir dir;
    Built b =
        decide(Decision::AcceptWithDeficiency, [](const ChecklistLine &l) { return l.status != LineStatus::DeficiencyAllowed; });
    b.document.kind = DocumentKind::DeficiencyCommitment;
    REQUIRE(b.document.caseData.supplementDue.isValid());
    const QString text = flat(pdfText(b.document, dir));
    for (const QString &name : b.missingNames)
        CHECK(text.contains(flat(name)));
    CHECK(text.contains(flat(QLocale().toString(b.document.caseData.supplementDue, QLocale::LongFormat))));
}

TEST_CASE("a PDF that cannot be written says why and leaves nothing behind")
{
    Built b = decide(Decision::Accept, [](const ChecklistLine &) { return true; });
    QString error;
    CHECK_FALSE(DocumentRenderer::writePdf(b.document, QStringLiteral("/proc/onewindow/receipt.pdf"), &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("an archived PDF and the folders made for it are the owner's only, whatever the umask")
{
    Built b = decide(Decision::Accept, [](const ChecklistLine &) { return true; });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("documents/2026-03-02/receipt.pdf"));
    const mode_t saved = ::umask(022); // the usual desktop umask: a careless file would come out 0644
    const bool written = DocumentRenderer::writePdf(b.document, path, nullptr);
    ::umask(saved);
    REQUIRE(written);
    const auto mode = [](const QString &p) {
        struct stat st {};
        REQUIRE(::stat(QFile::encodeName(p).constData(), &st) == 0);
        return int(st.st_mode & 07777);
    };
    CHECK(mode(path) == 0600);
    CHECK(mode(dir.filePath(QStringLiteral("documents/2026-03-02"))) == 0700);
    CHECK(mode(dir.filePath(QStringLiteral("documents"))) == 0700);
}

TEST_CASE("each decision prints its documents")
{
    CHECK(documentsFor(Decision::Accept) == QList<DocumentKind>{DocumentKind::Receipt});
    CHECK(documentsFor(Decision::AcceptWithDeficiency)
          == QList<DocumentKind>{DocumentKind::Receipt, DocumentKind::DeficiencyCommitment});
    CHECK(documentsFor(Decision::OneTimeNotice) == QList<DocumentKind>{DocumentKind::OneTimeNotice});
    CHECK(documentsFor(Decision::NotAccepted) == QList<DocumentKind>{DocumentKind::NotAccepted});
}

TEST_CASE("the receipt of a case to be posted prints the address it goes to")
{
    QTemporaryDir dir;
    Built b = decide(Decision::Accept, [](const ChecklistLine &) { return true; });
    b.document.kind = DocumentKind::Receipt;
    b.document.caseData.delivery = DeliveryMethod::ByPost;
    b.document.caseData.deliveryAddress = QStringLiteral("浙江省杭州市西湖区文三路90号2幢301室");
    CHECK(flat(pdfText(b.document, dir)).contains(QStringLiteral("浙江省杭州市西湖区文三路90号2幢301室")));
    b.document.caseData.delivery = DeliveryMethod::AtWindow;
    CHECK_FALSE(flat(pdfText(b.document, dir)).contains(QStringLiteral("文三路90号")));
}

TEST_CASE("the certificate of service by post prints the carrier, the tracking number and the address")
{
    QTemporaryDir dir;
    Built b = decide(Decision::Accept, [](const ChecklistLine &) { return true; });
    b.document.kind = DocumentKind::DeliveryCertificate;
    b.document.caseData.officialNumber = QStringLiteral("ZW20261128000042");
    b.document.handover.method = HandoverMethod::ByPost;
    b.document.handover.carrier = QStringLiteral("EMS");
    b.document.handover.trackingNumber = QStringLiteral("1178765432101");
    b.document.handover.address = QStringLiteral("浙江省杭州市西湖区文三路90号2幢301室");
    b.document.handover.window = 3;
    b.document.handover.at = QDateTime(QDate(2026, 11, 30), QTime(2, 0), Qt::UTC);
    const QString text = flat(pdfText(b.document, dir));
    CHECK(text.contains(flat(documentTitle(DocumentKind::DeliveryCertificate)).right(12))); // "fi" may print as a ligature
    owtest::checkContainsAll(text, {QStringLiteral("1178765432101"), QStringLiteral("EMS"),
                                    QStringLiteral("浙江省杭州市西湖区文三路90号2幢301室"), QStringLiteral("ZW20261128000042"),
                                    QStringLiteral("XH-20260302-03-0007")});
    CHECK_FALSE(text.contains(QStringLiteral("补打")));

    // Reprinted from the case view (CaseDesk::reprint): the same hand-over, stamped with its number.
    b.document.reprint = 2;
    const QString again = flat(pdfText(b.document, dir));
    CHECK(again.contains(QStringLiteral("补打2")));
    CHECK(again.contains(QStringLiteral("1178765432101")));
}

TEST_CASE("the collection receipt names the agent who collected, with the ID number masked")
{
    QTemporaryDir dir;
    Built b = decide(Decision::Accept, [](const ChecklistLine &) { return true; });
    b.document.kind = DocumentKind::CollectionReceipt;
    b.document.handover.method = HandoverMethod::InPerson;
    b.document.handover.collector = Collector::Agent;
    b.document.handover.agentName = QStringLiteral("赵六");
    b.document.handover.agentIdNumber = QStringLiteral("11010519491231002X");
    b.document.handover.window = 3;
    b.document.handover.at = QDateTime(QDate(2026, 11, 30), QTime(2, 0), Qt::UTC);
    const QString text = flat(pdfText(b.document, dir));
    owtest::checkContainsAll(text, {flat(documentTitle(DocumentKind::CollectionReceipt)), QStringLiteral("赵六"),
                                    flat(maskIdNumber(QStringLiteral("11010519491231002X")))});
    CHECK_FALSE(text.contains(QStringLiteral("11010519491231002X")));
}
