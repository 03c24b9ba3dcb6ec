#include "ui/sync/parkeditemsdialog.h"

#include "core/sync/syncclient.h"
#include "ui/sync/parkeditemsmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

ParkedItemsDialog::ParkedItemsDialog(SyncClient *client, QWidget *parent)
    : QDialog(parent),
      m_client(client),
      m_model(new ParkedItemsModel(this)),
      m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("parkedItemsDialog"));
    setWindowTitle(tr("Items refused by the platform"));
    auto *explanation = new QLabel(tr("The platform refused these items and gave its reasons. Fix the cause (for "
                                      "example a matter the platform's catalog does not list yet), then send them again. "
                                      "Everything else keeps syncing."),
                                   this);
    explanation->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("parkedItemsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_retryButton = buttons->addButton(tr("Send selected again"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(QStringLiteral("retryParkedButton"));
    m_retryButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retryButton, &QPushButton::clicked, this, &ParkedItemsDialog::retrySelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_retryButton->setEnabled(m_view->selectionModel()->hasSelection()); });
    connect(m_client, &SyncClient::roundFinished, this, &ParkedItemsDialog::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(820, 360);
    refresh();
}

void ParkedItemsDialog::refresh()
{
    m_model->setItems(m_client->parkedItems());
    m_view->resizeColumnsToContents();
    m_retryButton->setEnabled(false);
}

void ParkedItemsDialog::retrySelected()
{
    QList<ParkedItem> chosen;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        if (const ParkedItem *p = m_model->item(index.row()))
            chosen << *p;
    QString error;
    if (!m_client->retryParked(chosen, &error))
        QMessageBox::warning(this, windowTitle(), tr("The items could not be queued again: %1").arg(error));
    refresh();
}

} // namespace ow
