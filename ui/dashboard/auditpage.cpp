#include "ui/dashboard/auditpage.h"

#include "ui/dashboard/auditmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

namespace {

// A date edit whose lowest date means "no bound", shown as the word for it.
QDateEdit *dayEdit(const QString &objectName, const QString &anyText, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(anyText);
    edit->setDate(edit->minimumDate());
    return edit;
}

QDate boundOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

} // namespace

AuditPage::AuditPage(AuditQuery *query, QWidget *parent)
    : QWidget(parent),
      m_query(query),
      m_model(new AuditModel(query, this)),
      m_user(new QComboBox(this)),
      m_case(new QLineEdit(this)),
      m_from(dayEdit(QStringLiteral("auditFromDate"), tr("any day"), this)),
      m_to(dayEdit(QStringLiteral("auditToDate"), tr("any day"), this)),
      m_chain(new QLabel(this)),
      m_verify(new QPushButton(tr("Verify chain"), this)),
      m_export(new QPushButton(tr("Export CSV…"), this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_user->setObjectName(QStringLiteral("auditUserFilter"));
    m_case->setObjectName(QStringLiteral("auditCaseFilter"));
    m_chain->setObjectName(QStringLiteral("auditChainStatus"));
    m_verify->setObjectName(QStringLiteral("auditVerifyButton"));
    m_export->setObjectName(QStringLiteral("auditExportButton"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_case->setPlaceholderText(tr("Case number"));
    m_case->setClearButtonEnabled(true);
    m_chain->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User"), this));
    filters->addWidget(m_user);
    filters->addWidget(m_case);
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addStretch(1);
    filters->addWidget(m_export);
    auto *chain = new QHBoxLayout;
    chain->addWidget(m_chain, 1);
    chain->addWidget(m_verify);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(chain);
    layout->addWidget(m_table, 1);

    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_case, &QLineEdit::editingFinished, this, &AuditPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(m_export, &QPushButton::clicked, this, [this] { exportCsv(); });
    refresh();
}

AuditFilter AuditPage::filter() const
{
    return {m_user->currentData().toString(), m_case->text().trimmed(), boundOf(m_from), boundOf(m_to)};
}

void AuditPage::refresh()
{
    const QString chosen = m_user->currentData().toString();
    {
        const QSignalBlocker quiet(m_user);
        m_user->clear();
        m_user->addItem(tr("everyone"), QString());
        for (const QString &name : m_query->usernames())
            m_user->addItem(name, name);
        m_user->setCurrentIndex(std::max(0, m_user->findData(chosen)));
    }
    m_model->setFilter(filter()); // always: new rows may have come
    m_table->resizeColumnsToContents();
    verifyChain();
}

void AuditPage::applyFilter()
{
    const AuditFilter wanted = filter();
    if (wanted == m_model->filter())
        return;
    m_model->setFilter(wanted);
    m_table->resizeColumnsToContents();
}

void AuditPage::verifyChain()
{
    const AuditVerdict verdict = m_query->verify();
    m_chain->setText(verdict.ok ? tr("Chain verified: %n row(s), none changed, removed or added.", nullptr, int(verdict.rows))
                                : tr("Chain broken: %1").arg(verdict.problem));
    m_chain->setStyleSheet(verdict.ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020; font-weight: bold;"));
    Q_EMIT chainChecked(verdict);
}

void AuditPage::exportCsv(QString path)
{
    const bool asked = path.isEmpty();
    if (asked)
        path = QFileDialog::getSaveFileName(this, tr("Export the audit rows"), QStringLiteral("audit.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = writeAuditCsv(*m_query, filter(), path, &error);
    if (!ok && asked)
        QMessageBox::warning(this, tr("Export the audit rows"), error);
    Q_EMIT exported(path, ok, ok ? tr("Written: %1").arg(path) : error);
}

} // namespace ow
