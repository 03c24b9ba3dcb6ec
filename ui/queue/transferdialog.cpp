#include "ui/queue/transferdialog.h"

#include "core/queue/queuetypes.h"
#include "ui/common/dialogbuttons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

TransferDialog::TransferDialog(const HallSnapshot &snapshot, const HallTicket &ticket, const QString &fromWindow, QWidget *parent)
    : QDialog(parent),
      m_ticketService(ticket.service),
      m_service(new QComboBox(this)),
      m_window(new QComboBox(this)),
      m_priority(new QCheckBox(tr("Return with &priority (the applicant does not queue again from the back)"), this)),
      m_note(new QLineEdit(this)),
      m_hint(new QLabel(this)),
      m_buttons(okCancelButtons(this))
{
    setObjectName(QStringLiteral("transferDialog"));
    setWindowTitle(tr("Transfer %1").arg(ticket.code));
    m_service->setObjectName(QStringLiteral("transferService"));
    m_window->setObjectName(QStringLiteral("transferWindow"));
    m_priority->setObjectName(QStringLiteral("transferPriority"));
    m_note->setObjectName(QStringLiteral("transferNote"));
    m_note->setMaxLength(int(MaxTransferNote)); // the hall's bound, so the clerk never types past it
    m_note->setPlaceholderText(tr("For the next window, e.g. what the applicant went to fetch"));
    m_hint->setObjectName(QStringLiteral("transferHint"));
    m_hint->setWordWrap(true);

    // "Keep" is the first entry of both lists, so a transfer to one window only is two key presses.
    m_service->addItem(tr("Same service (%1)").arg(snapshot.serviceName(ticket.service)), QString());
    for (const HallServiceInfo &service : snapshot.services)
        if (service.code != ticket.service)
            m_service->addItem(tr("%1 %2").arg(service.code, service.name), service.code);
    m_window->addItem(tr("Any window of the service"), QString());
    for (const HallWindow &window : snapshot.windows) {
        const QString name = window.name.isEmpty() ? window.id : window.name;
        m_window->addItem(window.id == fromWindow ? tr("%1 (this window: come back here)").arg(name) : name, window.id);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Transfer"));

    auto *form = new QFormLayout;
    form->addRow(tr("To &service:"), m_service);
    form->addRow(tr("To &window:"), m_window);
    form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Ticket %1 goes back to waiting and keeps its number.").arg(ticket.code), this));
    layout->addLayout(form);
    layout->addWidget(m_priority);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    connect(m_service, &QComboBox::currentIndexChanged, this, &TransferDialog::updateState);
    connect(m_window, &QComboBox::currentIndexChanged, this, &TransferDialog::updateState);
    updateState();
    m_service->setFocus();
}

TransferChoice TransferDialog::choice() const
{
    return {m_service->currentData().toString(), m_window->currentData().toString(), m_priority->isChecked(),
            m_note->text().trimmed()};
}

void TransferDialog::setChoice(const TransferChoice &choice)
{
    m_service->setCurrentIndex(qMax(0, m_service->findData(choice.toService)));
    m_window->setCurrentIndex(qMax(0, m_window->findData(choice.toWindow)));
    m_priority->setChecked(choice.priority);
    m_note->setText(choice.note);
}

void TransferDialog::updateState()
{
    // The service refuses a transfer to nowhere; say so before the clerk presses Transfer.
    const bool valid = choice().isValid();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_hint->setText(valid ? QString() : tr("Choose another service, a window, or both."));
}

QString TransferDialog::refusalText(const QString &code, const QString &serverDetail)
{
    if (code == QLatin1String("invalid_transfer"))
        return tr("Not transferred: choose another service or a window (no window serves that service).");
    if (code == QLatin1String("transfer_note_too_long"))
        return tr("Not transferred: the note has more than %1 characters.").arg(MaxTransferNote);
    if (code == QLatin1String("unknown_service"))
        return tr("Not transferred: the hall does not have that service (any more).");
    if (code == QLatin1String("unknown_window"))
        return tr("Not transferred: the hall does not have that window (any more).");
    if (code == QLatin1String("no_current_ticket"))
        return tr("Not transferred: there is no ticket at this window.");
    if (code == QLatin1String("network"))
        return tr("Not transferred: the queue service did not answer.");
    return serverDetail.isEmpty() ? tr("Not transferred.") : tr("Not transferred: %1").arg(serverDetail);
}

} // namespace ow
