#include "ui/intake/deliverypanel.h"

#include "ui/intake/applicantpanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace ow {

DeliveryPanel::DeliveryPanel(QWidget *parent)
    : QWidget(parent),
      m_method(new QComboBox(this)),
      m_address(new QLineEdit(this))
{
    m_method->setObjectName(QStringLiteral("deliveryMethodCombo"));
    m_method->addItem(deliveryMethodName(DeliveryMethod::AtWindow), int(DeliveryMethod::AtWindow));
    m_method->addItem(deliveryMethodName(DeliveryMethod::ByPost), int(DeliveryMethod::ByPost));
    m_address->setObjectName(QStringLiteral("deliveryAddressEdit"));
    m_address->setMaxLength(ApplicantPanel::MaxAddressLength);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Res&ult:"), m_method);
    form->addRow(tr("Post &to:"), m_address);
    connect(m_method, &QComboBox::currentIndexChanged, this, &DeliveryPanel::update);
    connect(m_address, &QLineEdit::textEdited, this, [this] { m_addressTyped = true; });
    update();
}

DeliveryMethod DeliveryPanel::method() const
{
    return DeliveryMethod(m_method->currentData().toInt());
}

QString DeliveryPanel::address() const
{
    return method() == DeliveryMethod::ByPost ? m_address->text().trimmed() : QString();
}

void DeliveryPanel::setApplicantAddress(const QString &address)
{
    m_applicantAddress = address;
    if (!m_addressTyped)
        m_address->setText(address);
}

void DeliveryPanel::clear()
{
    m_method->setCurrentIndex(0);
    m_addressTyped = false;
    m_applicantAddress.clear();
    m_address->clear();
}

void DeliveryPanel::update()
{
    m_address->setEnabled(method() == DeliveryMethod::ByPost);
}

} // namespace ow
