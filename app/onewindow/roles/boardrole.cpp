// The wall board: shows and speaks every call and recall; a client of the hall service only.
#include "app/onewindow/roles/roles.h"
#include "core/hall/client/hallclient.h"
#include "core/voice/boardvoice.h"
#include "ui/queue/boardwidget.h"

namespace ow {

bool buildBoard(RoleContext &context, QString *error)
{
    HallClient *client = makeHallFaceClient(context, error);
    if (!client)
        return false;
    auto *board = context.objects.make<BoardWidget>(client);
    context.objects.keep(makeBoardVoice(client, *context.options.voice));
    client->start();
    board->showFullScreen();
    return true;
}

} // namespace ow
