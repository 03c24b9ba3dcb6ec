#include "tests/integration/hall/hallfixture.h"

#include "tests/support/test_support.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace owtest {

ow::HallConfig hallConfig(int noShowGraceSeconds)
{
    ow::HallConfig c = ow::HallConfig::demo();
    c.queue.rules.noShowGraceSeconds = noShowGraceSeconds;
    return c;
}

HttpAnswer http(const QUrl &base, const QByteArray &method, const QString &path, const QByteArray &token, const QByteArray &body)
{
    thread_local QNetworkAccessManager nam;
    QUrl url = base;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = method == "GET" ? nam.get(request) : nam.sendCustomRequest(request, method, body);
    waitFor([reply] { return reply->isFinished(); }, std::chrono::seconds(6));
    HttpAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    a.raw = reply->readAll();
    a.body = QJsonDocument::fromJson(a.raw).object();
    for (const auto &pair : reply->rawHeaderPairs())
        a.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return a;
}

ow::HallResult await(ow::HallReply *reply)
{
    ow::HallResult result;
    result.httpStatus = -1;
    bool done = false;
    QObject::connect(reply, &ow::HallReply::finished, [&](const ow::HallResult &r) {
        result = r;
        done = true;
    });
    waitFor([&] { return done; }, std::chrono::seconds(6));
    return result;
}

LocalHall::LocalHall(const ow::HallConfig &c, const ow::Clock *cl)
    : databasePath(dir.filePath(u"hall.sqlite"_s)),
      config(c),
      clock(cl)
{}

bool LocalHall::start(quint16 port)
{
    const ow::HallServer::Options options{.address = QHostAddress(QHostAddress::LocalHost),
                                          .port = port,
                                          .databasePath = databasePath,
                                          .config = config,
                                          .clock = clock,
                                          .dayCheckIntervalMs = dayCheckIntervalMs,
                                          .limits = limits};
    QString error;
    if (!server.start(options, &error)) {
        WARN(error.toStdString());
        return false;
    }
    url = server.baseUrl();
    return true;
}

ow::HallClient::Options LocalHall::clientOptions(const QByteArray &token) const
{
    return {.baseUrl = url, .token = token, .minBackoffMs = 50, .maxBackoffMs = 400};
}

HallThread::HallThread(const QString &databasePath, const ow::HallConfig &config)
    : m_databasePath(databasePath),
      m_config(config)
{}

HallThread::~HallThread()
{
    quit();
    wait(10000);
}

void HallThread::run()
{
    ow::HallServer server; // created, used and destroyed on this thread (QSqlDatabase's rule)
    ow::HallServer::Options options;
    options.databasePath = m_databasePath;
    options.config = m_config;
    if (!server.start(options)) {
        m_started = -1;
        return;
    }
    m_url = server.baseUrl();
    m_started = 1;
    exec();
}

bool HallThread::waitUntilListening()
{
    for (int i = 0; i < 500 && m_started == 0; ++i)
        QThread::msleep(10);
    return m_started == 1;
}

QUrl HallThread::listen()
{
    start();
    REQUIRE(waitUntilListening());
    return m_url;
}

void HallProcess::mustStart(const QString &databasePath)
{
    QString error;
    const bool started = start(databasePath, &error);
    INFO(error.toStdString());
    REQUIRE(started);
}

bool HallProcess::start(const QString &databasePath, QString *error, const QStringList &extraArguments)
{
    process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(QStringLiteral(ONEWINDOW_HALL_BINARY),
                   QStringList{u"--db"_s, databasePath, u"--port"_s, u"0"_s} + extraArguments);
    if (!process->waitForStarted(5000)) {
        if (error)
            *error = process->errorString();
        return false;
    }
    QByteArray out;
    for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
        process->waitForReadyRead(100);
        out += process->readAllStandardOutput();
    }
    const QByteArray first = out.left(out.indexOf('\n'));
    qsizetype at = first.indexOf("https://");
    if (at < 0)
        at = first.indexOf("http://");
    if (at < 0) {
        if (error)
            *error = QString::fromUtf8(out + process->readAllStandardError());
        return false;
    }
    url = QUrl(QString::fromUtf8(first.mid(at)));
    return url.isValid() && url.port() > 0;
}

void HallProcess::killHard()
{
    if (!process)
        return;
    process->kill();
    process->waitForFinished(5000);
    process.reset();
}

} // namespace owtest
