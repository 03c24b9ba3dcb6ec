#include "ui/cases/casespage.h"

#include "ui/cases/caselistmodel.h"
#include "ui/cases/caseview.h"
#include "ui/cases/reprintflow.h"
#include "ui/cases/returntripdialog.h"
#include "ui/common/rowlistview.h"
#include "ui/print/documentprinter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

CasesPage::CasesPage(CaseDesk &desk, DocumentPrinter &printer, QString clerk, QWidget *parent)
    : QWidget(parent),
      m_desk(desk),
      m_printer(printer),
      m_clerk(std::move(clerk)),
      m_search(new QLineEdit(this)),
      m_view(new QTableView(this)),
      m_model(new CaseListModel(this)),
      m_count(new QLabel(this)),
      m_reprint(new QPushButton(tr("&Reprint..."), this)),
      m_returnTrip(new QPushButton(tr("Return &trip..."), this)),
      m_open(new QPushButton(tr("&Open case"), this))
{
    setObjectName(QStringLiteral("casesPage"));
    m_search->setObjectName(QStringLiteral("caseSearchEdit"));
    m_search->setPlaceholderText(tr("Case number, query code, name or ID number; empty: today's cases"));
    m_search->setClearButtonEnabled(true);
    setUpRowList(m_view, QStringLiteral("caseListView"), m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CaseListModel::MatterColumn, QHeaderView::Stretch);
    m_count->setObjectName(QStringLiteral("caseCountLabel"));
    m_reprint->setObjectName(QStringLiteral("reprintButton"));
    m_reprint->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_reprint->setToolTip(tr("Print a document of the selected case again (Ctrl+P)"));
    m_returnTrip->setObjectName(QStringLiteral("returnTripButton"));
    m_returnTrip->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_returnTrip->setToolTip(tr("The applicant brought materials a case was waiting for (Ctrl+R)"));

    m_open->setObjectName(QStringLiteral("openCaseButton"));
    m_open->setToolTip(tr("Everything about the selected case (Enter)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_reprint);
    buttons->addWidget(m_returnTrip);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        refresh();
        if (!m_search->text().trimmed().isEmpty() && m_model->rowCount() == 1)
            openSelected(); // a case number or query code typed whole: straight to its view
    });
    // Enter on a row (QAbstractItemView emits activated for it), or a double click.
    connect(m_view, &QAbstractItemView::activated, this, [this] { openSelected(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openSelected(); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            refresh();
    });
    connect(m_reprint, &QPushButton::clicked, this, &CasesPage::reprintSelected);
    connect(m_returnTrip, &QPushButton::clicked, this, &CasesPage::recordReturnTrip);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CasesPage::updateButtons);
    auto *f5 = new QShortcut(QKeySequence::Refresh, this);
    connect(f5, &QShortcut::activated, this, &CasesPage::refresh);
    setFocusProxy(m_search);
    refresh();
}

void CasesPage::refresh()
{
    const QString text = m_search->text();
    m_model->setCases(m_desk.find(text));
    m_count->setText(text.trimmed().isEmpty() ? tr("%n case(s) today", nullptr, m_model->rowCount())
                                              : tr("%n case(s) found", nullptr, m_model->rowCount()));
    if (m_model->rowCount() > 0)
        m_view->selectRow(text.trimmed().isEmpty() ? m_model->rowCount() - 1 : 0);
    updateButtons();
}

const CaseDeskEntry *CasesPage::selected() const
{
    return m_model->summary(m_view->currentIndex().row());
}

void CasesPage::updateButtons()
{
    const CaseDeskEntry *s = selected();
    m_reprint->setEnabled(s != nullptr);
    m_open->setEnabled(s != nullptr);
    m_returnTrip->setEnabled(s && s->caseData.status == CaseStatus::AwaitingSupplement);
}

void CasesPage::reprintSelected()
{
    if (const CaseDeskEntry *s = selected())
        reprintCase(m_desk, m_printer, *s, m_clerk, this);
}

CaseView *CasesPage::openSelected()
{
    const CaseDeskEntry *s = selected();
    if (!s)
        return nullptr;
    auto *view = new CaseView(m_desk, m_printer, m_clerk, s->caseData.id, this);
    connect(view, &CaseView::caseChanged, this, &CasesPage::refresh);
    view->open();
    return view;
}

void CasesPage::recordReturnTrip()
{
    const CaseDeskEntry *s = selected();
    if (!s || s->caseData.status != CaseStatus::AwaitingSupplement)
        return;
    ReturnTripDialog dialog(*s, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const QString id = s->caseData.id;
    if (!m_desk.recordReturnTrip(id, dialog.broughtKinds(), QDate::currentDate(), m_clerk, &error)) {
        QMessageBox::critical(this, tr("Return trip"), error);
        return;
    }
    refresh();
}

} // namespace ow
