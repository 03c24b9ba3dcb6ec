#include "ui/queue/pausedialog.h"

#include "ui/queue/outcomebox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

PauseDialog::PauseDialog(const HallTicket &ticket, const QString &outcome, QWidget *parent)
    : QDialog(parent),
      m_outcome(new QComboBox(this))
{
    setObjectName(QStringLiteral("pauseDialog"));
    setWindowTitle(tr("Pause with %1 at the window").arg(ticket.code));
    m_outcome->setObjectName(QStringLiteral("pauseOutcome"));
    addTicketOutcomes(m_outcome);
    m_outcome->setCurrentIndex(qMax(0, m_outcome->findData(outcome)));

    auto *complete = new QPushButton(tr("&Complete and pause"), this);
    auto *transfer = new QPushButton(tr("&Transfer and pause…"), this);
    auto *keep = new QPushButton(tr("&Keep serving"), this);
    complete->setObjectName(QStringLiteral("pauseCompleteButton"));
    transfer->setObjectName(QStringLiteral("pauseTransferButton"));
    keep->setObjectName(QStringLiteral("pauseKeepButton"));
    complete->setDefault(true);

    auto *question = new QLabel(
        tr("Ticket %1 is still at the window. Before the window pauses, complete the ticket or transfer it.").arg(ticket.code),
        this);
    question->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_outcome);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(complete);
    buttons->addWidget(transfer);
    buttons->addStretch(1);
    buttons->addWidget(keep);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(complete, &QPushButton::clicked, this, [this] { choose(Choice::Complete); });
    connect(transfer, &QPushButton::clicked, this, [this] { choose(Choice::Transfer); });
    connect(keep, &QPushButton::clicked, this, &QDialog::reject); // Escape does the same
    m_outcome->setFocus();
}

QString PauseDialog::outcome() const
{
    return m_outcome->currentData().toString();
}

void PauseDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace ow
