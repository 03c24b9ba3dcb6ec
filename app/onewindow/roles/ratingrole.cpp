// The 好差评 screen facing one window's applicants, with that window's token.
#include "app/onewindow/apptext.h"
#include "app/onewindow/roles/roles.h"
#include "core/hall/client/hallclient.h"
#include "ui/queue/ratingwidget.h"

namespace ow {

bool buildRating(RoleContext &context, QString *error)
{
    HallClient *client = makeHallFaceClient(context, error);
    if (!client)
        return false;
    if (!context.options.hallWindow) {
        *error = AppText::tr("--role rating needs --hall-window ID and that window's token.");
        return false;
    }
    auto *rating = context.objects.make<RatingWidget>(client, context.options.hallWindow->trimmed().toUpper());
    client->start();
    rating->showFullScreen();
    return true;
}

} // namespace ow
