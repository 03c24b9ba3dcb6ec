#include "ui/dashboard/auditmodel.h"

#include "core/domain/case.h"
#include "core/print/casedocument.h"
#include "core/security/accounts.h"

#include <QHash>
#include <QRegularExpression>

namespace ow {

AuditModel::AuditModel(AuditQuery *query, QObject *parent)
    : RowTableModel({tr("Time"), tr("User"), tr("Window"), tr("Action"), tr("Case"), tr("Detail")}, parent),
      m_query(query)
{}

void AuditModel::setFilter(const AuditFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_error.clear();
    mutableRows() = m_query->page(filter, 0, pageSize, &m_error);
    m_more = rows().size() == pageSize;
    // A view (or a model tester) that asks for more from its modelReset slot would insert rows while the
    // reset is still being announced: the next page waits until the reset is over.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || rows().isEmpty() || m_resetting)
        return;
    const QList<AuditRow> more = m_query->page(m_filter, rows().last().id, pageSize, &m_error);
    m_more = more.size() == pageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(rows().size()), int(rows().size() + more.size() - 1));
    mutableRows().append(more);
    m_resetting = true; // the same for an insertion still being announced
    endInsertRows();
    m_resetting = false;
}

QString AuditModel::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("sign_in"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("sign_in_failed"), QT_TR_NOOP("Sign-in failed")},
        {QStringLiteral("account_locked"), QT_TR_NOOP("Account locked")},
        {QStringLiteral("user_added"), QT_TR_NOOP("Account added")},
        {QStringLiteral("password_changed"), QT_TR_NOOP("Password changed")},
        {QStringLiteral("user_disabled"), QT_TR_NOOP("Account disabled")},
        {QStringLiteral("user_enabled"), QT_TR_NOOP("Account enabled")},
        {QStringLiteral("user_unlocked"), QT_TR_NOOP("Account unlocked")},
        {QStringLiteral("decision"), QT_TR_NOOP("Decision")},
        {QStringLiteral("supplement"), QT_TR_NOOP("Supplement")},
        {QStringLiteral("reprint"), QT_TR_NOOP("Reprint")},
        {QStringLiteral("override"), QT_TR_NOOP("Override")},
        {QStringLiteral("handover"), QT_TR_NOOP("Hand-over")},
        {QStringLiteral("id_revealed"), QT_TR_NOOP("ID number shown")},
        {QStringLiteral("audit_checkpoint"), QT_TR_NOOP("Old rows removed (checkpoint)")},
        {QStringLiteral("audit_key_replaced"), QT_TR_NOOP("Audit key replaced")},
        {QStringLiteral("audit_head_rebuilt"), QT_TR_NOOP("Audit head rebuilt")},
    };
    const auto it = labels.constFind(action);
    return it == labels.cend() ? action : tr(it.value());
}

QString AuditModel::detailLabel(const QString &action, const QString &detail)
{
    // The row keeps the program's keys (so a verifier or an export reads them exactly); the supervisor reads words.
    if (action == u"decision") {
        Decision decision{};
        return decisionFromKey(detail, &decision) ? decisionName(decision) : detail;
    }
    if (action == u"sign_in") {
        Role role{};
        return roleFromKey(detail, &role) ? roleName(role) : detail;
    }
    if (action == u"reprint") {
        for (DocumentKind kind : allDocumentKinds())
            if (documentKey(kind) == detail)
                return documentTitle(kind);
        return detail;
    }
    if (action == u"sign_in_failed" || action == u"account_locked") {
        static const QRegularExpression wrong(QStringLiteral("^wrong password (\\d+)$"));
        if (const auto m = wrong.match(detail); m.hasMatch())
            return tr("Wrong password, %1 in a row").arg(m.captured(1));
        if (detail == u"unknown user")
            return tr("No account has this name");
        if (detail == u"disabled")
            return tr("The account is disabled");
        if (detail == u"locked")
            return tr("The account is locked");
    }
    return detail;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRow &r = rows().at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ActionColumn)
        return r.action;
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return r.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UserColumn: return r.username;
    case WindowColumn: return r.window > 0 ? QVariant(r.window) : QVariant();
    case ActionColumn: return actionLabel(r.action);
    case CaseColumn: return r.caseNumber;
    case DetailColumn: return detailLabel(r.action, r.detail);
    default: return {};
    }
}

} // namespace ow
