#include "ui/dashboard/reassigndialog.h"

#include "ui/common/dialogbuttons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ow {

ReassignDialog::ReassignDialog(const HallWindow &window, const QList<HallServiceInfo> &services, QWidget *parent)
    : QDialog(parent),
      m_buttons(okCancelButtons(this))
{
    setObjectName(QStringLiteral("reassignDialog"));
    setWindowTitle(tr("Services of %1").arg(window.name.isEmpty() ? window.id : window.name));
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Service"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Weight"), this), 0, 1);
    int row = 1;
    for (const HallServiceInfo &service : services) {
        int weight = 0;
        for (const WindowService &s : window.services)
            if (s.service == service.code)
                weight = s.weight;
        auto *check = new QCheckBox(tr("%1 %2").arg(service.code, service.name), this);
        check->setObjectName(QStringLiteral("serviceCheck_") + service.code);
        check->setChecked(weight > 0);
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("serviceWeight_") + service.code);
        spin->setRange(1, 10);
        spin->setValue(qMax(1, weight));
        spin->setEnabled(weight > 0);
        spin->setToolTip(tr("A weight of 2 lets this service's tickets count double at this window."));
        connect(check, &QCheckBox::toggled, spin, &QSpinBox::setEnabled);
        connect(check, &QCheckBox::toggled, this, &ReassignDialog::updateOk);
        grid->addWidget(check, row, 0);
        grid->addWidget(spin, row, 1);
        ++row;
        m_codes << service.code;
        m_checks.insert(service.code, check);
        m_weights.insert(service.code, spin);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("reassignOkButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The window calls only from the checked services."), this));
    layout->addLayout(grid);
    layout->addWidget(m_buttons);
    updateOk();
}

QList<WindowService> ReassignDialog::services() const
{
    QList<WindowService> out;
    for (const QString &code : m_codes) {
        if (m_checks.value(code)->isChecked())
            out << WindowService{code, m_weights.value(code)->value()};
    }
    return out;
}

void ReassignDialog::setService(const QString &code, bool served, int weight)
{
    if (QCheckBox *check = m_checks.value(code)) {
        check->setChecked(served);
        m_weights.value(code)->setValue(weight);
    }
}

void ReassignDialog::updateOk()
{
    bool any = false;
    for (QCheckBox *check : std::as_const(m_checks))
        any = any || check->isChecked();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
}

} // namespace ow
