#pragma once
// A reprint as the clerk asks for it, from the case list or the case view: which document (when the
// decision printed more than one), then a new archived PDF marked with its reprint number, the issue and
// the audit row recorded. The numbering and the archive are core's (CaseDesk::reprint, DocumentArchive).

#include <QString>

class QWidget;

namespace ow {

class CaseDesk;
class DocumentPrinter;
struct CaseDeskEntry;

// false when the clerk cancelled; a print problem is shown to the clerk and still counts as done.
bool reprintCase(CaseDesk &desk, DocumentPrinter &printer, const CaseDeskEntry &entry, const QString &clerk, QWidget *parent);

} // namespace ow
