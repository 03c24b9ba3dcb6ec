#include "ui/cases/caseview.h"

#include "core/workflow/casedetails.h"
#include "ui/cases/caseviewhtml.h"
#include "ui/cases/reprintflow.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ow {

CaseView::CaseView(CaseDesk &desk, DocumentPrinter &printer, QString clerk, QString caseId, QWidget *parent)
    : QDialog(parent),
      m_desk(desk),
      m_printer(printer),
      m_clerk(std::move(clerk)),
      m_caseId(std::move(caseId)),
      m_text(new QTextBrowser(this)),
      m_reveal(new QPushButton(tr("Reveal &ID number"), this)),
      m_reprint(new QPushButton(tr("Re&print..."), this))
{
    setObjectName(QStringLiteral("caseView"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(900, 720);
    m_text->setObjectName(QStringLiteral("caseViewText"));
    m_text->setOpenLinks(false);
    m_reveal->setObjectName(QStringLiteral("revealIdButton"));
    m_reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_reveal->setToolTip(tr("Show the full ID number (Ctrl+I); this is recorded in the audit trail"));
    m_reveal->setAutoDefault(false);
    m_reprint->setObjectName(QStringLiteral("caseViewReprintButton"));
    m_reprint->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_reprint->setToolTip(tr("Print a document of this case again, marked as a reprint (Ctrl+P)"));
    m_reprint->setAutoDefault(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_reveal, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reprint, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reveal, &QPushButton::clicked, this, &CaseView::revealIdNumber);
    connect(m_reprint, &QPushButton::clicked, this, &CaseView::reprint);

    // The text takes the keys: arrows and Page Up/Down read it, Esc closes the view.
    setFocusProxy(m_text);
    m_text->setFocus();
    reload();
}

void CaseView::reload()
{
    const std::optional<CaseDetails> details = m_desk.details(m_caseId);
    if (!details) {
        m_text->setPlainText(tr("This case is not in this window's database."));
        m_reveal->setEnabled(false);
        m_reprint->setEnabled(false);
        return;
    }
    setWindowTitle(tr("Case %1").arg(details->entry.caseData.caseNumber));
    const int scrolled = m_text->verticalScrollBar()->value(); // a reload keeps the reader's place
    m_text->setHtml(CaseViewHtml::build(*details, m_fullIdNumber));
    m_text->verticalScrollBar()->setValue(scrolled);
    m_reveal->setEnabled(m_fullIdNumber.isEmpty() && !details->maskedIdNumber.isEmpty());
}

void CaseView::revealIdNumber()
{
    if (!m_fullIdNumber.isEmpty())
        return;
    QString error;
    m_fullIdNumber = m_desk.revealIdNumber(m_caseId, m_clerk, &error);
    if (m_fullIdNumber.isEmpty()) {
        QMessageBox::warning(this, tr("Reveal ID number"), tr("The ID number is not shown: %1").arg(error));
        return;
    }
    reload(); // the audit row just written shows in the history too
}

void CaseView::reprint()
{
    const std::optional<CaseDeskEntry> entry = m_desk.summary(m_caseId);
    if (entry && reprintCase(m_desk, m_printer, *entry, m_clerk, this)) {
        reload();
        emit caseChanged();
    }
}

} // namespace ow
