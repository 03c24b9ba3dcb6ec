#pragma once
// The completion outcomes of docs/hall-api.md as a combo box's items (the key as item data), for the
// calling panel and the question F6 asks while a ticket is at the window.

class QComboBox;

namespace ow {

void addTicketOutcomes(QComboBox *box);

} // namespace ow
