#include "ui/cases/reprintflow.h"

#include "core/workflow/casedesk.h"
#include "ui/print/documentprinter.h"

#include <QInputDialog>
#include <QMessageBox>

namespace ow {

bool reprintCase(CaseDesk &desk, DocumentPrinter &printer, const CaseDeskEntry &entry, const QString &clerk, QWidget *parent)
{
    const QList<DocumentKind> kinds = desk.reprintable(entry);
    if (kinds.isEmpty())
        return false;
    DocumentKind kind = kinds.first();
    if (kinds.size() > 1) {
        QStringList titles;
        for (DocumentKind k : kinds)
            titles << documentTitle(k);
        bool ok = false;
        const QString picked =
            QInputDialog::getItem(parent, QCoreApplication::translate("ow::CasesPage", "Reprint"),
                                  QCoreApplication::translate("ow::CasesPage", "Which document?"), titles, 0, false, &ok);
        if (!ok)
            return false;
        kind = kinds.at(titles.indexOf(picked));
    }
    QString problem;
    printer.print({desk.reprint(entry, kind, QDateTime::currentDateTime())}, parent, &problem);
    desk.auditReprint(entry.caseData.id, kind, clerk);
    if (!problem.isEmpty())
        QMessageBox::warning(parent, QCoreApplication::translate("ow::CasesPage", "Reprint"), problem);
    return true;
}

} // namespace ow
