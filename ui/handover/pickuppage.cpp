#include "ui/handover/pickuppage.h"

#include "core/workflow/handoverdesk.h"
#include "ui/common/rowlistview.h"
#include "ui/handover/handoverdialog.h"
#include "ui/handover/pickuplistmodel.h"
#include "ui/print/documentprinter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

PickupPage::PickupPage(HandoverDesk &desk, DocumentPrinter &printer, QString clerk, int longWaitDays, QWidget *parent)
    : QWidget(parent),
      m_desk(desk),
      m_printer(printer),
      m_clerk(std::move(clerk)),
      m_longWaitDays(longWaitDays),
      m_view(new QTableView(this)),
      m_model(new PickupListModel(this)),
      m_count(new QLabel(this)),
      m_handOver(new QPushButton(tr("&Hand over..."), this))
{
    setObjectName(QStringLiteral("pickupPage"));
    setUpRowList(m_view, QStringLiteral("pickupTable"), m_model);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->installEventFilter(this); // Enter hands over, as in every list of the window
    m_count->setObjectName(QStringLiteral("pickupCountLabel"));
    m_handOver->setObjectName(QStringLiteral("handOverButton"));
    m_handOver->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_handOver->setToolTip(tr("Hand the selected result over, in person or by post (Enter or Ctrl+H)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_handOver);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_handOver, &QPushButton::clicked, this, &PickupPage::handOverSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PickupPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PickupPage::updateButtons);
    setFocusProxy(m_view);
    refresh();
}

void PickupPage::refresh()
{
    const QString selectedId = m_view->currentIndex().data(PickupListModel::CaseIdRole).toString();
    m_model->setItems(m_desk.readyList(), m_longWaitDays);
    int row = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->item(r)->entry.caseData.id == selectedId)
            row = r;
    if (m_model->rowCount() > 0)
        m_view->selectRow(row);
    m_count->setText(tr("%n result(s) waiting at the hall", nullptr, m_model->rowCount()));
    updateButtons();
}

void PickupPage::updateButtons()
{
    m_handOver->setEnabled(m_model->item(m_view->currentIndex().row()) != nullptr);
}

bool PickupPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            handOverSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PickupPage::handOverSelected()
{
    const PickupItem *item = m_model->item(m_view->currentIndex().row());
    if (!item)
        return;
    HandoverDialog dialog(
        *item, [this](Handover &h, QString *error) { return m_desk.handOver(h, m_clerk, error); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString caseId = dialog.handover().caseId;
    emit handedOver(caseId);
    // Recorded already: a printing problem is told, and the receipt can be printed again from the file.
    QString problem;
    if (const std::optional<CaseDocument> d = m_desk.document(caseId, QDateTime::currentDateTime()))
        m_printer.print({*d}, this, &problem);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Hand-over"), problem);
    refresh();
}

} // namespace ow
