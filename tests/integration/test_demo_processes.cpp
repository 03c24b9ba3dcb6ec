// onewindow --demo runs the reference platform and the hall service as its own child processes
// (docs/adr/0015-composition-root.md): both start and answer, and neither outlives the window program,
// whether it ends cleanly (SIGTERM) or is killed (SIGKILL). The real binaries, offscreen.
#include "tests/support/test_support.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <csignal>

using namespace std::chrono_literals;

namespace {

// A process as /proc shows it; the start time tells a reused pid from the process it was.
struct ProcessInfo {
    qint64 pid = 0;
    qint64 parent = 0;
    QString name;
    char state = '?';
    QByteArray startTime;
};

std::optional<ProcessInfo> processInfo(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray stat = file.readAll();
    // "pid (name) state ppid ..." where the name may hold spaces and parentheses: split after the last ')'.
    const qsizetype open = stat.indexOf('('), close = stat.lastIndexOf(')');
    if (open < 0 || close < open)
        return std::nullopt;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' '); // fields[0] is the state (field 3)
    if (fields.size() < 20)
        return std::nullopt;
    return ProcessInfo{pid, fields.at(1).toLongLong(), QString::fromUtf8(stat.mid(open + 1, close - open - 1)),
                       fields.at(0).at(0), fields.at(19)};
}

QList<ProcessInfo> childrenOf(qint64 parent)
{
    QList<ProcessInfo> children;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (const auto info = isPid ? processInfo(pid) : std::nullopt; info && info->parent == parent)
            children << *info;
    }
    return children;
}

// Still running (a zombie has ended; a reused pid is another process).
bool isRunning(const ProcessInfo &p)
{
    const auto now = processInfo(p.pid);
    return now && now->startTime == p.startTime && now->state != 'Z';
}

bool answersHealth(const QUrl &url)
{
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    owtest::waitFor([&] { return reply->isFinished(); }, 10s);
    return reply->isFinished() && reply->error() == QNetworkReply::NoError;
}

// onewindow --demo in a home of its own; its standard error is where it says what it started.
struct Demo {
    QTemporaryDir home;
    QProcess process;
    QString errors;

    void start(const QString &program)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("onewindow.demo.info=true"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(program, {QStringLiteral("--demo"), QStringLiteral("--voice"), QStringLiteral("off"),
                                QStringLiteral("--print"), QStringLiteral("archive")});
    }
    bool saw(const QString &text)
    {
        errors += QString::fromUtf8(process.readAllStandardError());
        return errors.contains(text);
    }
    // Waits for "the demo is open: platform URL hall URL"; the two addresses, or none.
    std::pair<QUrl, QUrl> waitUntilOpen()
    {
        const bool open = owtest::waitFor([&] { return saw(QStringLiteral("the demo is open")) || !isRunningNow(); }, 120s);
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("the demo is open: platform (\\S+) hall (\\S+)")).match(errors);
        if (!open || !m.hasMatch())
            return {};
        return {QUrl(m.captured(1)), QUrl(m.captured(2))};
    }
    bool isRunningNow() const { return process.state() != QProcess::NotRunning; }
    ~Demo()
    {
        if (isRunningNow()) {
            process.kill();
            process.waitForFinished(10000);
        }
    }
};

// Both services are the demo's children, named as the programs are (the kernel keeps 15 characters).
QList<ProcessInfo> demoServices(qint64 demoPid)
{
    QList<ProcessInfo> services;
    for (const ProcessInfo &child : childrenOf(demoPid))
        if (QStringLiteral("onewindow-platform").startsWith(child.name) || child.name == QLatin1String("onewindow-hall"))
            services << child;
    return services;
}

void requireServicesStarted(Demo &demo, QList<ProcessInfo> *services)
{
    const auto [platform, hall] = demo.waitUntilOpen();
    INFO("onewindow said: " << demo.errors.toStdString());
    REQUIRE(platform.isValid());
    REQUIRE(hall.isValid());
    *services = demoServices(demo.process.processId());
    REQUIRE(services->size() == 2);
    CHECK(answersHealth(platform.resolved(QUrl(QStringLiteral("health")))));
    CHECK(answersHealth(hall.resolved(QUrl(QStringLiteral("/api/v1/health")))));
}

// Whatever the outcome, no test leaves a service running on the machine.
void killLeftovers(const QList<ProcessInfo> &services)
{
    for (const ProcessInfo &s : services)
        if (isRunning(s))
            ::kill(pid_t(s.pid), SIGKILL);
}

} // namespace

TEST_CASE("onewindow --demo starts the platform and the hall as its children, and stops them when it ends")
{
    Demo demo;
    demo.start(owtest::binPath(QStringLiteral("onewindow")));
    QList<ProcessInfo> services;
    requireServicesStarted(demo, &services);

    demo.process.terminate(); // SIGTERM: the window program ends as when its windows close
    REQUIRE(demo.process.waitForFinished(60000));
    CHECK(demo.process.exitStatus() == QProcess::NormalExit);
    CHECK(demo.process.exitCode() == 0);
    // Stopped and waited for before the window program ended, not left to the kernel.
    for (const ProcessInfo &s : services) {
        INFO(s.name.toStdString() << " " << s.pid);
        CHECK_FALSE(isRunning(s));
    }
    killLeftovers(services);
}

TEST_CASE("onewindow --demo killed with SIGKILL leaves no service behind")
{
    Demo demo;
    demo.start(owtest::binPath(QStringLiteral("onewindow")));
    QList<ProcessInfo> services;
    requireServicesStarted(demo, &services);

    demo.process.kill();
    REQUIRE(demo.process.waitForFinished(10000));
    const bool allGone = owtest::waitFor(
        [&] { return std::none_of(services.begin(), services.end(), [](const ProcessInfo &s) { return isRunning(s); }); }, 30s);
    killLeftovers(services);
    CHECK(allGone);
}

TEST_CASE("onewindow --demo without the service programs beside it says which could not start")
{
    QTemporaryDir alone;
    const QString program = alone.filePath(QStringLiteral("onewindow"));
    REQUIRE(QFile::copy(owtest::binPath(QStringLiteral("onewindow")), program));
    Demo demo;
    demo.start(program);
    // The message box waits for a person; the same message is on standard error.
    const bool said = owtest::waitFor([&] { return demo.saw(QStringLiteral("could not start")) || !demo.isRunningNow(); }, 60s);
    INFO("onewindow said: " << demo.errors.toStdString());
    CHECK(said);
    CHECK(demo.errors.contains(QStringLiteral("onewindow-platform could not be run")));
    CHECK(demoServices(demo.process.processId()).isEmpty());
}
