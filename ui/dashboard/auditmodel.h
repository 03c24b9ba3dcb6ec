#pragma once
// The audit rows the supervisor's audit page lists: newest first, a page at a time as the view scrolls
// (canFetchMore/fetchMore), read through core's AuditQuery.

#include "core/security/auditquery.h"
#include "ui/common/rowtablemodel.h"

namespace ow {

class AuditModel : public RowTableModel<AuditRow>
{
    Q_OBJECT

public:
    enum Column { TimeColumn, UserColumn, WindowColumn, ActionColumn, CaseColumn, DetailColumn, ColumnCount };
    static constexpr int pageSize = 200;

    explicit AuditModel(AuditQuery *query, QObject *parent = nullptr); // query not owned
    void setFilter(const AuditFilter &filter);                         // reloads from the newest row
    void reload() { setFilter(m_filter); }
    const AuditFilter &filter() const { return m_filter; }
    const AuditRow &row(int i) const { return rows().at(i); }
    QString lastError() const { return m_error; }

    // The words shown for an action key; the key itself for one this program does not know.
    static QString actionLabel(const QString &action);
    static QString detailLabel(const QString &action, const QString &detail);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    AuditQuery *m_query;
    AuditFilter m_filter;
    bool m_more = false;
    bool m_resetting = false;
    QString m_error;
};

} // namespace ow
