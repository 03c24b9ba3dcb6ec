#pragma once
// Who is applying: the ID number (resident ID or credit code) validated as it is typed, and the
// details the hall already holds filled in (一表申请) so the clerk types them once per applicant, ever.

#include "core/domain/case.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;

namespace ow {

class ApplicantPanel : public QWidget
{
    Q_OBJECT

public:
    using Lookup = std::function<std::optional<Applicant>(const QString &idNumber)>;

    // Long enough for any address on an ID card or a business licence; longer is a typing accident. The
    // delivery address (DeliveryPanel) takes the same.
    static constexpr int MaxAddressLength = 200;

    explicit ApplicantPanel(Lookup lookup, QWidget *parent = nullptr);

    // The applicant as typed; valid() says whether the ID number and the name are usable.
    Applicant applicant() const;
    bool valid() const;
    bool known() const { return m_known; }
    void clear();
    void focusId();

signals:
    void changed();

private:
    void onIdEdited();

    Lookup m_lookup;
    QLineEdit *m_id;
    QLabel *m_idStatus;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    QLineEdit *m_representative;
    QLabel *m_representativeLabel;
    QString m_knownId;
    bool m_idValid = false;
    bool m_known = false;
    ApplicantKind m_kind = ApplicantKind::Person;
};

} // namespace ow
