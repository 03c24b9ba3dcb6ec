#include "ui/handover/handoverdialog.h"

#include "core/domain/identifiers.h"
#include "ui/common/dialogbuttons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ow {

namespace {

// The domain's bounds (core/domain/handover.cpp): longer is a typing accident.
constexpr int MaxField = 64;
constexpr int MaxAddress = 200;

QLineEdit *lineEdit(const char *name, int maxLength, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setMaxLength(maxLength);
    return edit;
}

} // namespace

HandoverDialog::HandoverDialog(const PickupItem &item, Record record, QWidget *parent)
    : QDialog(parent),
      m_record(std::move(record)),
      m_method(new QComboBox(this)),
      m_pages(new QStackedWidget(this)),
      m_collector(new QComboBox(this)),
      m_agentName(lineEdit("agentNameEdit", MaxField, this)),
      m_agentId(lineEdit("agentIdEdit", 22, this)),
      m_agentIdStatus(new QLabel(this)),
      m_carrier(lineEdit("carrierEdit", MaxField, this)),
      m_tracking(lineEdit("trackingNumberEdit", MaxField, this)),
      m_address(lineEdit("postAddressEdit", MaxAddress, this)),
      m_problem(new QLabel(this)),
      m_buttons(okCancelButtons(this))
{
    setObjectName(QStringLiteral("handoverDialog"));
    const Case &c = item.entry.caseData;
    setWindowTitle(tr("Hand over the result of %1").arg(c.caseNumber));
    m_handover.caseId = c.id;

    m_method->setObjectName(QStringLiteral("handoverMethodCombo"));
    m_method->addItem(tr("In person at the window"), int(HandoverMethod::InPerson));
    m_method->addItem(tr("By post"), int(HandoverMethod::ByPost));
    m_method->setCurrentIndex(c.delivery == DeliveryMethod::ByPost ? 1 : 0); // as chosen at intake
    m_collector->setObjectName(QStringLiteral("collectorCombo"));
    m_collector->addItem(tr("The applicant (%1)").arg(item.entry.applicant.name), int(Collector::Applicant));
    m_collector->addItem(tr("An agent for the applicant"), int(Collector::Agent));
    m_agentIdStatus->setObjectName(QStringLiteral("agentIdStatus"));
    m_address->setText(c.deliveryAddress.isEmpty() ? item.entry.applicant.address : c.deliveryAddress);
    m_carrier->setPlaceholderText(tr("EMS"));

    auto *inPerson = new QWidget(m_pages);
    auto *personForm = new QFormLayout(inPerson);
    personForm->addRow(tr("Co&llected by:"), m_collector);
    personForm->addRow(tr("Agent's &name:"), m_agentName);
    personForm->addRow(tr("Agent's &ID number:"), m_agentId);
    personForm->addRow(QString(), m_agentIdStatus);
    auto *byPost = new QWidget(m_pages);
    auto *postForm = new QFormLayout(byPost);
    postForm->addRow(tr("&Carrier:"), m_carrier);
    postForm->addRow(tr("&Tracking number:"), m_tracking);
    postForm->addRow(tr("A&ddress:"), m_address);
    m_pages->addWidget(inPerson);
    m_pages->addWidget(byPost);

    m_problem->setObjectName(QStringLiteral("handoverProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b0371c;"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("handoverOkButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Hand over and print"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true); // Enter in any field hands over

    auto *layout = new QVBoxLayout(this);
    auto *head = new QFormLayout;
    head->addRow(tr("Case:"), new QLabel(QStringLiteral("%1 · %2").arg(c.caseNumber, item.entry.title), this));
    head->addRow(tr("&Method:"), m_method);
    layout->addLayout(head);
    layout->addWidget(m_pages);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_method, &QComboBox::currentIndexChanged, this, &HandoverDialog::update);
    connect(m_collector, &QComboBox::currentIndexChanged, this, &HandoverDialog::update);
    for (QLineEdit *edit : {m_agentName, m_agentId, m_carrier, m_tracking, m_address})
        connect(edit, &QLineEdit::textChanged, this, &HandoverDialog::update);
    update();
    m_method->setFocus();
}

Handover HandoverDialog::typed() const
{
    Handover h = m_handover;
    h.method = HandoverMethod(m_method->currentData().toInt());
    if (h.method == HandoverMethod::ByPost) {
        h.carrier = m_carrier->text().trimmed();
        h.trackingNumber = m_tracking->text().trimmed();
        h.address = m_address->text().trimmed();
    } else {
        h.collector = Collector(m_collector->currentData().toInt());
        if (h.collector == Collector::Agent) {
            h.agentName = m_agentName->text().trimmed();
            h.agentIdNumber = checkIdentifier(m_agentId->text()).normalized;
        }
    }
    return h;
}

void HandoverDialog::update()
{
    const bool post = m_method->currentData().toInt() == int(HandoverMethod::ByPost);
    m_pages->setCurrentIndex(post ? 1 : 0);
    const bool agent = m_collector->currentData().toInt() == int(Collector::Agent);
    m_agentName->setEnabled(agent);
    m_agentId->setEnabled(agent);
    const QString id = m_agentId->text();
    m_agentIdStatus->setText(!agent || id.trimmed().isEmpty() ? QString()
                             : checkIdentifier(id).valid      ? tr("ID number valid")
                                                              : checkIdentifier(id).reason);
    const QString problem = handoverProblem(typed());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_problem->setText(problem);
}

void HandoverDialog::accept()
{
    Handover h = typed();
    QString error = handoverProblem(h);
    if (error.isEmpty() && m_record(h, &error)) {
        m_handover = h;
        QDialog::accept();
        return;
    }
    m_problem->setText(error);
}

} // namespace ow
