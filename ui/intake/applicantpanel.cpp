#include "ui/intake/applicantpanel.h"

#include "core/domain/identifiers.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace ow {

namespace {

// Long enough for any name on an ID card or a business licence; longer is a typing accident.
constexpr int MaxNameLength = 100;

} // namespace

ApplicantPanel::ApplicantPanel(Lookup lookup, QWidget *parent)
    : QWidget(parent),
      m_lookup(std::move(lookup)),
      m_id(new QLineEdit(this)),
      m_idStatus(new QLabel(this)),
      m_name(new QLineEdit(this)),
      m_phone(new QLineEdit(this)),
      m_address(new QLineEdit(this)),
      m_representative(new QLineEdit(this)),
      m_representativeLabel(new QLabel(tr("Legal representative:"), this))
{
    m_id->setObjectName(QStringLiteral("applicantIdEdit"));
    m_id->setPlaceholderText(tr("Resident ID number or unified social credit code"));
    m_id->setMaxLength(24); // 18 characters plus the spaces people type in groups
    m_id->setToolTip(tr("Checked as you type: check character, birth date, alphabet (Ctrl+I)"));
    m_idStatus->setObjectName(QStringLiteral("applicantIdStatusLabel"));
    m_idStatus->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("applicantNameEdit"));
    m_name->setMaxLength(MaxNameLength);
    m_phone->setObjectName(QStringLiteral("applicantPhoneEdit"));
    m_phone->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9+ -]{0,20}")), m_phone));
    m_address->setObjectName(QStringLiteral("applicantAddressEdit"));
    m_address->setMaxLength(MaxAddressLength);
    m_representative->setObjectName(QStringLiteral("applicantRepresentativeEdit"));
    m_representative->setMaxLength(MaxNameLength);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&ID number:"), m_id);
    form->addRow(QString(), m_idStatus);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_representativeLabel, m_representative);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Address:"), m_address);
    m_representativeLabel->hide();
    m_representative->hide();

    connect(m_id, &QLineEdit::textChanged, this, &ApplicantPanel::onIdEdited);
    for (QLineEdit *edit : {m_name, m_phone, m_address, m_representative})
        connect(edit, &QLineEdit::textChanged, this, &ApplicantPanel::changed);
    onIdEdited();
}

void ApplicantPanel::onIdEdited()
{
    const QString text = m_id->text();
    m_idValid = false;
    if (text.trimmed().isEmpty()) {
        m_idStatus->setText(tr("Type or scan the applicant's ID number."));
        m_idStatus->setStyleSheet(QString());
        emit changed();
        return;
    }
    const IdCheck check = checkIdentifier(text);
    // Half-typed numbers are not errors yet: say how far along the clerk is, in a neutral colour.
    if (!check.valid && check.normalized.size() < 18) {
        m_idStatus->setText(tr("%1 of 18 characters").arg(check.normalized.size()));
        m_idStatus->setStyleSheet(QString());
        emit changed();
        return;
    }
    if (!check.valid) {
        m_idStatus->setText(check.reason);
        m_idStatus->setStyleSheet(QStringLiteral("color: #b0371c; font-weight: bold;"));
        emit changed();
        return;
    }
    m_idValid = true;
    m_kind = check.kind == IdKind::CreditCode ? ApplicantKind::Organisation : ApplicantKind::Person;
    const bool organisation = m_kind == ApplicantKind::Organisation;
    m_representativeLabel->setVisible(organisation);
    m_representative->setVisible(organisation);
    QString status = organisation
                         ? tr("Valid unified social credit code (organisation)")
                         : tr("Valid resident ID (born %1)").arg(QLocale().toString(check.birthDate, QLocale::ShortFormat));
    if (check.normalized != m_knownId) {
        // Another person: details filled in for the previous number must not stick to this one.
        if (m_known)
            for (QLineEdit *edit : {m_name, m_phone, m_address, m_representative})
                edit->clear();
        m_knownId = check.normalized;
        m_known = false;
        if (const std::optional<Applicant> known = m_lookup ? m_lookup(check.normalized) : std::nullopt) {
            m_known = true;
            // Fill only what is empty: what the clerk typed today wins over what was stored.
            for (auto [edit, value] :
                 {std::pair{m_name, known->name}, std::pair{m_phone, known->phone}, std::pair{m_address, known->address},
                  std::pair{m_representative, known->legalRepresentative}}) {
                if (edit->text().trimmed().isEmpty())
                    edit->setText(value);
            }
        }
    }
    if (m_known)
        status += tr(" · known applicant: details filled in");
    m_idStatus->setText(status);
    m_idStatus->setStyleSheet(QStringLiteral("color: #1b6e3a;"));
    emit changed();
}

Applicant ApplicantPanel::applicant() const
{
    Applicant a;
    a.kind = m_kind;
    a.idNumber = checkIdentifier(m_id->text()).normalized;
    a.name = m_name->text().trimmed();
    a.phone = m_phone->text().trimmed();
    a.address = m_address->text().trimmed();
    if (m_kind == ApplicantKind::Organisation)
        a.legalRepresentative = m_representative->text().trimmed();
    return a;
}

bool ApplicantPanel::valid() const
{
    return m_idValid && !m_name->text().trimmed().isEmpty();
}

void ApplicantPanel::clear()
{
    for (QLineEdit *edit : {m_id, m_name, m_phone, m_address, m_representative})
        edit->clear();
    m_knownId.clear();
    m_known = false;
}

void ApplicantPanel::focusId()
{
    m_id->setFocus();
    m_id->selectAll();
}

} // namespace ow
