#pragma once
// What the applicant brought back for a case accepted with deficiency: tick the materials handed over.

#include <QDialog>

class QListWidget;

namespace ow {

struct CaseDeskEntry;

class ReturnTripDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReturnTripDialog(const CaseDeskEntry &summary, QWidget *parent = nullptr);
    QStringList broughtKinds() const;

private:
    QListWidget *m_list;
};

} // namespace ow
