#pragma once
// Sign-in at the window: user name and password; three wrong passwords lock the account.

#include "core/security/accounts.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ow {

class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(Accounts &accounts, QString hallCode, int window, QWidget *parent = nullptr);

    Account account() const { return m_account; }
    void setUsername(const QString &username);

public slots:
    void accept() override; // checks the password first

private:
    Accounts &m_accounts;
    QString m_hallCode;
    int m_window;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_message;
    Account m_account;
};

} // namespace ow
