// The ticket kiosk: a client of the hall service only, no database.
#include "app/onewindow/roles/roles.h"
#include "core/hall/client/hallclient.h"
#include "ui/queue/kioskwidget.h"

namespace ow {

bool buildKiosk(RoleContext &context, QString *error)
{
    HallClient *client = makeHallFaceClient(context, error);
    if (!client)
        return false;
    auto *kiosk = context.objects.make<KioskWidget>(client);
    kiosk->setTicketPrinterDevice(context.options.ticketPrinter);
    kiosk->setResultTimeout(context.options.kioskTicketSeconds * 1000);
    client->start();
    kiosk->showFullScreen();
    return true;
}

} // namespace ow
