#include "ui/cases/returntripdialog.h"

#include "core/workflow/casedesk.h"
#include "ui/common/dialogbuttons.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace ow {

namespace {
constexpr int KindRole = Qt::UserRole + 1;
}

ReturnTripDialog::ReturnTripDialog(const CaseDeskEntry &summary, QWidget *parent)
    : QDialog(parent),
      m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("returnTripDialog"));
    setWindowTitle(tr("Return trip: %1").arg(summary.caseData.caseNumber));
    m_list->setObjectName(QStringLiteral("returnTripList"));
    for (const CaseMaterial &m : summary.caseData.materials) {
        if (m.received || m.status != LineStatus::DeficiencyAllowed)
            continue;
        auto *item = new QListWidgetItem(m.name, m_list);
        item->setData(KindRole, m.kind);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    QDialogButtonBox *buttons = okCancelButtons(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%1 · %2\nTick what the applicant brought today; the case completes when "
                                    "nothing is missing.")
                                     .arg(summary.applicant.name, summary.title),
                                 this));
    layout->addWidget(m_list);
    layout->addWidget(buttons);
}

QStringList ReturnTripDialog::broughtKinds() const
{
    QStringList kinds;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            kinds << m_list->item(i)->data(KindRole).toString();
    return kinds;
}

} // namespace ow
