#include "ui/dashboard/callticketdialog.h"

#include "ui/common/dialogbuttons.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

CallTicketDialog::CallTicketDialog(const HallWindow &window, const HallSnapshot &snapshot, QWidget *parent)
    : QDialog(parent),
      m_list(new QListWidget(this)),
      m_code(new QLineEdit(this))
{
    setObjectName(QStringLiteral("callTicketDialog"));
    setWindowTitle(tr("Call a ticket to %1").arg(window.name.isEmpty() ? window.id : window.name));
    m_list->setObjectName(QStringLiteral("callTicketList"));
    m_code->setObjectName(QStringLiteral("callTicketEdit"));
    m_code->setPlaceholderText(tr("ticket number, e.g. A017"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const HallTicket &t : snapshot.waiting) {
        const qint64 minutes = t.issuedAt.isValid() ? t.issuedAt.secsTo(now) / 60 : 0;
        auto *item = new QListWidgetItem(
            tr("%1  %2  waiting %n min", nullptr, int(minutes)).arg(t.code, snapshot.serviceName(t.service)), m_list);
        item->setData(Qt::UserRole, t.code);
    }
    // Selection, not the current item: focusing the list makes its first row current without a choice.
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> selected = m_list->selectedItems();
        if (!selected.isEmpty())
            m_code->setText(selected.first()->data(Qt::UserRole).toString());
    });
    QDialogButtonBox *buttons = okCancelButtons(this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("callTicketOkButton"));
    m_ok->setText(tr("Call"));
    m_ok->setEnabled(false);
    connect(m_code, &QLineEdit::textChanged, this, [this](const QString &text) { m_ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Waiting tickets, in queue order:"), this));
    layout->addWidget(m_list);
    layout->addWidget(m_code);
    layout->addWidget(buttons);
    if (window.current.isValid())
        layout->insertWidget(
            0,
            new QLabel(
                tr("%1 is still at the window: the hall refuses the call until the clerk completes it.").arg(window.current.code),
                this));
}

QString CallTicketDialog::ticketCode() const
{
    return m_code->text().trimmed().toUpper();
}

void CallTicketDialog::setTicketCode(const QString &code)
{
    m_list->clearSelection();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == code)
            m_list->setCurrentRow(i, QItemSelectionModel::ClearAndSelect);
    }
    m_code->setText(code);
}

} // namespace ow
