// Many kiosks and windows at the same instant, from their own threads, against the service on its own
// thread: numbers are never issued twice and no ticket is ever called by two windows.
#include "tests/integration/hall/hallfixture.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace owtest;

namespace {

constexpr int Kiosks = 4;
constexpr int TicketsPerKiosk = 45;
constexpr int Windows = 12;

} // namespace

TEST_CASE("concurrent kiosks get unique numbers and concurrent windows never call the same ticket")
{
    QTemporaryDir dir;
    HallThread service(dir.filePath(u"hall.sqlite"_s));
    const QUrl url = service.listen();

    QMutex mutex;
    QStringList issued;
    QStringList failures;
    QList<QThread *> threads;
    for (int k = 0; k < Kiosks; ++k) {
        threads.append(QThread::create([&, k] {
            for (int i = 0; i < TicketsPerKiosk; ++i) {
                const QString service = QString(QChar(u'A' + (k + i) % 5));
                const HttpAnswer a = post(url, u"/api/v1/tickets"_s, k % 2 ? "demo-kiosk-2" : kioskToken(),
                                          QJsonDocument(QJsonObject{{u"service"_s, service}}).toJson());
                QMutexLocker lock(&mutex);
                if (a.status == 201)
                    issued.append(a.body.value(u"ticket"_s).toObject().value(u"id"_s).toString());
                else
                    failures.append(QString::fromUtf8(a.raw));
            }
        }));
    }
    for (QThread *t : std::as_const(threads))
        t->start();
    for (QThread *t : std::as_const(threads))
        REQUIRE(t->wait(60000));
    qDeleteAll(threads);
    threads.clear();
    INFO(failures.join(u'\n').toStdString());
    REQUIRE(failures.isEmpty());
    REQUIRE(issued.size() == Kiosks * TicketsPerKiosk);
    // Unique, and per service numbered 1..n without a hole.
    CHECK(QSet<QString>(issued.cbegin(), issued.cend()).size() == issued.size());
    QHash<QChar, QList<int>> numbers;
    for (const QString &id : std::as_const(issued))
        numbers[id.at(9)].append(id.mid(10).toInt());
    for (auto it = numbers.begin(); it != numbers.end(); ++it) {
        std::sort(it->begin(), it->end());
        for (qsizetype i = 0; i < it->size(); ++i)
            CHECK(it->at(i) == i + 1);
    }

    // Twelve windows, one thread each, call (completing the previous ticket) until their queues are empty.
    QHash<QString, QString> calledBy; // ticket id -> window
    QStringList duplicates;
    for (int w = 1; w <= Windows; ++w) {
        threads.append(QThread::create([&, w] {
            const QString path = u"/api/v1/windows/%1/call-next"_s.arg(windowId(w));
            for (int i = 0; i < 400; ++i) {
                const HttpAnswer a = post(url, path, windowToken(w), R"({"completeCurrent":"accepted"})");
                QMutexLocker lock(&mutex);
                if (a.status != 200) {
                    failures.append(QString::fromUtf8(a.raw));
                    return;
                }
                const QString id = a.body.value(u"ticket"_s).toObject().value(u"id"_s).toString();
                if (id.isEmpty())
                    return; // nothing left for this window's services
                if (calledBy.contains(id))
                    duplicates.append(id + u" by "_s + calledBy.value(id) + u" and "_s + windowId(w));
                calledBy.insert(id, windowId(w));
            }
        }));
    }
    for (QThread *t : std::as_const(threads))
        t->start();
    for (QThread *t : std::as_const(threads))
        REQUIRE(t->wait(60000));
    qDeleteAll(threads);
    INFO(failures.join(u'\n').toStdString());
    CHECK(failures.isEmpty());
    INFO(duplicates.join(u", "_s).toStdString());
    CHECK(duplicates.isEmpty());
    CHECK(calledBy.size() == issued.size()); // every ticket called exactly once
    QSet<QString> windowsThatCalled;
    for (const QString &w : std::as_const(calledBy))
        windowsThatCalled.insert(w);
    CHECK(windowsThatCalled.size() > 6); // the calls really were spread over the windows

    const QJsonObject stats = get(url, u"/api/v1/statistics"_s, supervisorToken()).body;
    CHECK(stats.value(u"totals"_s).toObject().value(u"called"_s).toInt() == issued.size());
}
