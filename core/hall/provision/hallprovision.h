#pragma once
// Provisioning a hall (onewindowctl hall init / add-device / revoke-device): a hall config for the service,
// one random token per device from the OS random source, and only the tokens' SHA-256 digests in the
// service's tokens file. Each token is written once, to its own owner-only file that goes to its PC; the
// service never holds one in the clear, and the public demo tokens never reach a real hall.

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ow {

struct ProvisionText {
    Q_DECLARE_TR_FUNCTIONS(ow::Provision)
};

// One device of the hall and the token it will hold.
struct ProvisionedDevice {
    QString device;     // "counter-03", "kiosk-1": the name in the event log and of its files
    QString role;       // kiosk, window, board or supervisor (the service's roles)
    QString window;     // a window token's window ("W03"); "" otherwise
    int counter = 0;    // a counter's window number (3 for W03), 0 for the other devices
    QString tokenFile;  // where its token was written
    QString configFile; // its onewindow.conf, ready for /etc/onewindow on its PC ("" for none)
};

struct HallPlan {
    QString code; // [A-Z0-9]{1,16}
    QString name; // the hall's name, shown on the faces and printed
    QString timeZone = QStringLiteral("Asia/Shanghai");
    QString serviceUrl; // the address the PCs reach the service at, for their onewindow.conf
    int windows = 0;    // counters W01..Wnn, each with its window token
    int kiosks = 0;
    int boards = 0;
    int supervisors = 0;
    QString tlsHost; // non-empty: a hall CA and the service's certificate for this name (halltlsfiles.h), in tls/
};

// A new device token: 32 bytes (256 bits) from the OS random source, base64url without padding (43 characters).
QByteArray newDeviceToken();

// What `hall init` writes into `folder` (which must not hold a hall already):
//   hall.json          the service's config (format onewindow-hall/1): the hall, two services to edit, the windows
//   hall-tokens.json   {"tokens": [...]}: each device's role, window and the SHA-256 of its token, no token
//   devices/NAME.token each device's token, 0600: copy it to that PC and delete it here
//   devices/NAME.conf  that PC's /etc/onewindow/onewindow.conf
//   enrolment.txt      the sheet enrolmentSheet() returns
//   tls/               with tlsHost: hall-ca.pem (every PC), hall.crt and hall.key (the server)
// Nothing is written over: a folder that already holds one of these files is refused.
struct HallInitResult {
    QList<ProvisionedDevice> devices;
    QString sheet;
};
bool initHall(const HallPlan &plan, const QString &folder, HallInitResult *result, QString *error);

// Adds one device to an existing tokens file (a device name already there is refused), writing its token to
// tokenFolder/NAME.token. The service reads the new token when it is restarted.
bool addHallDevice(const QString &tokensFile, const QString &tokenFolder, ProvisionedDevice *device, QString *error);

// Removes every token of the device from the tokens file; false when it has none. Takes effect on restart.
bool revokeHallDevice(const QString &tokensFile, const QString &device, int *removed, QString *error);

// The enrolment sheet: where each file goes, for the administrator, in the language of the tool.
QString enrolmentSheet(const HallPlan &plan, const QString &folder, const QList<ProvisionedDevice> &devices);

} // namespace ow
