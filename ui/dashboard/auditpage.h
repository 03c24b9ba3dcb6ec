#pragma once
// The supervisor's audit page: the audit trail filtered by user, case number and days, a line saying
// whether the hash chain is intact (or its first broken row), and the shown rows as CSV.

#include "core/security/auditquery.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ow {

class AuditModel;

class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(AuditQuery *query, QWidget *parent = nullptr); // query not owned

    AuditModel *model() const { return m_model; }
    AuditFilter filter() const;
    // Reads the filters again (the user list too) and checks the chain.
    void refresh();
    void verifyChain();
    // The rows the filters select, as CSV; an empty path asks with a file dialog.
    void exportCsv(QString path = {});

Q_SIGNALS:
    void chainChecked(const ow::AuditVerdict &verdict);
    void exported(const QString &path, bool ok, const QString &message);

private:
    void applyFilter();

    AuditQuery *m_query;
    AuditModel *m_model;
    QComboBox *m_user;     // "auditUserFilter"
    QLineEdit *m_case;     // "auditCaseFilter"
    QDateEdit *m_from;     // "auditFromDate"
    QDateEdit *m_to;       // "auditToDate"
    QLabel *m_chain;       // "auditChainStatus"
    QPushButton *m_verify; // "auditVerifyButton"
    QPushButton *m_export; // "auditExportButton"
    QTableView *m_table;   // "auditTable"
};

} // namespace ow
