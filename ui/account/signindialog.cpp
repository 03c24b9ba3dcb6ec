#include "ui/account/signindialog.h"

#include "ui/common/dialogbuttons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

SignInDialog::SignInDialog(Accounts &accounts, QString hallCode, int window, QWidget *parent)
    : QDialog(parent),
      m_accounts(accounts),
      m_hallCode(std::move(hallCode)),
      m_window(window),
      m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("OneWindow — sign in at window %1").arg(window));
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setMaxLength(32);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(128);
    m_message->setObjectName(QStringLiteral("signInMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b0371c;"));

    QDialogButtonBox *buttons = okCancelButtons(this); // OK checks the password: SignInDialog::accept
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void SignInDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    m_password->setFocus();
}

void SignInDialog::accept()
{
    const SignInResult result = m_accounts.signIn(m_username->text().trimmed(), m_password->text(), m_hallCode, m_window);
    m_password->clear();
    if (!result.ok) {
        m_message->setText(result.reason);
        m_password->setFocus();
        return;
    }
    m_account = result.account;
    QDialog::accept();
}

} // namespace ow
