#pragma once
// The hall service's configuration: the queue part (services, windows, policy, rules) plus the device
// tokens, from the config file and optionally a separate tokens file (docs/hall-api.md). Tokens are kept
// only as SHA-256 digests, so a memory dump or a log line never shows one.

#include "core/hall/server/bookingplan.h"
#include "core/queue/queueconfig.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ow {

enum class HallRole { Kiosk, Window, Board, Supervisor };
QString hallRoleName(HallRole role);

// Who is asking: the role of the token and, for a window token, its window.
struct HallDevice {
    HallRole role = HallRole::Board;
    QString device;        // a name for the event log: "kiosk-1", "counter-03"
    QString windowId;      // window tokens only
    QString actor() const; // "window:counter-03", written into every event the device causes
};

struct HallToken {
    QByteArray sha256; // hex digest of the token
    HallDevice device;
};

struct HallConfig {
    QueueConfig queue;
    QList<HallToken> tokens;
    BookingPlan bookings;   // "bookings": the slots each service takes bookings in (bookingplan.h)
    QString tlsCertificate; // "tls": {"certificate", "key"}: PEM files; both or neither (halltls.h)
    QString tlsKey;
    bool demoTokens = false; // some token starts with "demo-" or is one of the demo hall's (also as sha256):
                             // fine on loopback, refused on the LAN

    static bool fromJson(const QJsonObject &root, HallConfig *out, QString *error);
    static bool loadFile(const QString &path, HallConfig *out, QString *error);
    // Replaces the tokens with those of a tokens file ({"tokens": [...]}).
    bool loadTokensFile(const QString &path, QString *error);
    // The demo hall built into the program (resources/hall/demo-hall.json).
    static HallConfig demo();

    static QByteArray digest(const QByteArray &token);
};

} // namespace ow
