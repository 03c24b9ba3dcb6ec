#pragma once
// How the applicant wants the result (出件), asked at intake: at the window, or by post to an address that
// starts as the applicant record's and can be changed for this case alone. Printed on the receipt.

#include "core/domain/case.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace ow {

class DeliveryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DeliveryPanel(QWidget *parent = nullptr);

    DeliveryMethod method() const;
    QString address() const; // by post only; "" otherwise
    // The applicant record's address: taken into the field while the clerk has not typed one of their own.
    void setApplicantAddress(const QString &address);
    void clear();

private:
    void update();

    QComboBox *m_method;
    QLineEdit *m_address;
    QString m_applicantAddress;
    bool m_addressTyped = false;
};

} // namespace ow
