#pragma once
// The OK and Cancel under a dialog that asks and then acts. They answer through the dialog's accept() and
// reject(), which are virtual: a dialog that checks its fields first (sign-in, hand-over) overrides accept()
// and is still the one asked.

class QDialog;
class QDialogButtonBox;

namespace ow {

QDialogButtonBox *okCancelButtons(QDialog *dialog);

} // namespace ow
