#pragma once
// The faces of onewindow, one factory each (roles/*.cpp). A factory builds its objects into the
// context's RoleObjects and shows its windows; the event loop then runs until the last window closes.
// false with an error: the program says why and ends with 1; false without one: the person cancelled.

#include "app/onewindow/commandline.h"
#include "core/hall/client/hallclient.h"

#include <QString>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace ow {

class WorkingCalendar;

// What a role builds, kept while the event loop runs and destroyed newest first (a widget before the
// client it shows, a client before the service process it talks to).
class RoleObjects
{
public:
    RoleObjects() = default;
    RoleObjects(const RoleObjects &) = delete;
    RoleObjects &operator=(const RoleObjects &) = delete;
    ~RoleObjects()
    {
        while (!m_objects.empty())
            m_objects.pop_back();
    }

    template <typename T>
    T *keep(std::unique_ptr<T> object)
    {
        T *raw = object.get();
        m_objects.push_back(std::shared_ptr<void>(std::move(object)));
        return raw;
    }
    template <typename T, typename... Args>
    T *make(Args &&...args)
    {
        return keep(std::make_unique<T>(std::forward<Args>(args)...));
    }

private:
    std::vector<std::shared_ptr<void>> m_objects;
};

struct RoleContext {
    const CommandLine &options;
    QNetworkAccessManager *network;
    RoleObjects &objects;
};

bool buildKiosk(RoleContext &context, QString *error);
bool buildBoard(RoleContext &context, QString *error);
bool buildRating(RoleContext &context, QString *error);
bool buildSupervisor(RoleContext &context, QString *error);
bool buildClerk(RoleContext &context, QString *error);
bool buildDemo(RoleContext &context, QString *error);

// Shared by the factories.
// A hall face's client (--hall-service, --hall-token-file), not started; null with why the role cannot start.
HallClient *makeHallFaceClient(RoleContext &context, QString *error);
// The hall client's address and token from the options, trusting --ca-file's certificates for https/wss too
// (a hall's own CA, made by onewindowctl hall tls).
HallClient::Options hallClientOptions(const CommandLine &options, const QByteArray &token);
// The built-in working-day calendar with every --calendar file added.
bool loadCalendar(const CommandLine &options, WorkingCalendar *calendar, QString *error);
// The application data folder (the default databases and documents live there).
QString dataDirectory();

} // namespace ow
