#include "core/net/boundedreply.h"

#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace ow::net {

void prepare(QNetworkRequest &request, const QByteArray &bearerToken, std::chrono::milliseconds transferTimeout)
{
    request.setRawHeader("Authorization", "Bearer " + bearerToken);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setRawHeader("Accept-Encoding", "identity");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(std::max<qint64>(1, transferTimeout.count())));
}

void readBounded(QNetworkReply *reply, qint64 sizeLimit, std::chrono::milliseconds deadline, QObject *context, AnswerHandler done)
{
    // Why this side cut the exchange short; read when it finishes, which abort() makes happen at once.
    auto cut = std::make_shared<Cut>(Cut::None);
    // The body is taken out of Qt's buffer as it arrives and counted here: Qt holds at most one small buffer,
    // this side at most the limit, and an answer past it is aborted at once. (Leaving it in Qt's buffer with a
    // size cap stalls at the cap instead, and then only the transfer timeout ends it.)
    auto body = std::make_shared<QByteArray>();
    reply->setReadBufferSize(256 * 1024);
    const auto take = [reply, cut, body, sizeLimit] {
        if (*cut != Cut::None)
            return;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced <= sizeLimit)
            body->append(reply->read(sizeLimit + 1 - body->size()));
        if (announced > sizeLimit || body->size() > sizeLimit) {
            *cut = Cut::TooLarge;
            *body = QByteArray();
            reply->abort();
        }
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, take);
    QObject::connect(reply, &QNetworkReply::readyRead, reply, take);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, cut] {
        if (*cut == Cut::None)
            *cut = Cut::DeadlinePassed;
        reply->abort();
    });
    timer->start(std::max<qint64>(1, deadline.count()));
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, cut, body, take, done = std::move(done)] {
        if (*cut == Cut::None && reply->isOpen())
            take(); // what arrived with the end
        reply->deleteLater();
        BoundedAnswer answer;
        answer.cut = *cut;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (answer.cut == Cut::None) {
            answer.transferFailed = answer.status == 0 || transferFailed(reply->error(), answer.status);
            if (!answer.transferFailed)
                answer.body = std::move(*body);
        }
        *body = QByteArray();
        done(reply, std::move(answer));
    });
}

bool transferFailed(QNetworkReply::NetworkError error, int status)
{
    if ((error == QNetworkReply::ProtocolInvalidOperationError && status == 400)
        || (error == QNetworkReply::ProxyAuthenticationRequiredError && status == 407))
        return false;
    const int code = int(error);
    return (code >= 1 && code < 200) || (code >= 300 && code < 400);
}

QUrl redirectTarget(const QNetworkReply *reply)
{
    return reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
}

QString describe(const QNetworkReply *reply)
{
    QByteArray verb;
    switch (reply->operation()) {
    case QNetworkAccessManager::GetOperation: verb = "GET"; break;
    case QNetworkAccessManager::PutOperation: verb = "PUT"; break;
    case QNetworkAccessManager::PostOperation: verb = "POST"; break;
    case QNetworkAccessManager::DeleteOperation: verb = "DELETE"; break;
    case QNetworkAccessManager::HeadOperation: verb = "HEAD"; break;
    default: verb = reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray(); break;
    }
    return QString::fromLatin1(verb) + u' ' + reply->url().path();
}

QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(80)).simplified();
    text.removeIf([](QChar c) { return !c.isPrint(); });
    return body.size() > 80 ? text + u"…"_s : text;
}

} // namespace ow::net
