#pragma once
// One of the demo's services (onewindow-platform, onewindow-hall) as a child process: found next to this
// program, ready when it prints the address it listens on, stopped with this object (SIGTERM, then
// SIGKILL), and stopped by the kernel if this program dies first (PR_SET_PDEATHSIG), so no service
// outlives the demo. docs/adr/0015-composition-root.md says why processes.

#include <QLoggingCategory>
#include <QObject>
#include <QProcess>
#include <QUrl>

#include <chrono>

Q_DECLARE_LOGGING_CATEGORY(lcDemoServices) // onewindow.demo

namespace ow {

class ServiceProcess : public QObject
{
    Q_OBJECT

public:
    // program: a file name in this program's folder (QCoreApplication::applicationDirPath()).
    ServiceProcess(QString program, QStringList arguments, QObject *parent = nullptr);
    ~ServiceProcess() override;

    void start();
    bool isSettled() const { return m_url.isValid() || !m_failure.isEmpty(); }
    QUrl url() const { return m_url; }            // valid once the service listens
    QString failure() const { return m_failure; } // why it did not start, translated
    qint64 processId() const { return m_process.processId(); }

    // Spins the event loop until every service listens or one fails, at most `timeout`; true when all listen.
    static bool waitUntilListening(const QList<ServiceProcess *> &services, std::chrono::milliseconds timeout);

signals:
    void settled(); // listening, or failed

private:
    void readOutput();
    void readErrors();
    void fail(const QString &why);

    QString m_program;
    QStringList m_arguments;
    QProcess m_process;
    QByteArray m_pendingLine;
    QByteArray m_errorTail; // the end of its standard error, for the message when it fails
    QUrl m_url;
    QString m_failure;
};

} // namespace ow
