#include "ui/catalog/searchresultsmodel.h"

#include <QFont>

namespace ow {

SearchResultsModel::SearchResultsModel(const CatalogData *catalog, QObject *parent)
    : RowTableModel({tr("Matter"), tr("Department"), tr("Promised")}, parent),
      m_catalog(catalog)
{}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SearchHit &h = rows().at(index.row());
    switch (role) {
    case CodeRole: return h.code;
    case IsBundleRole: return h.isBundle;
    case Qt::FontRole:
        if (h.isBundle && index.column() == NameColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole: return h.code;
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case NameColumn: return h.name;
    case DepartmentColumn: {
        if (!h.isBundle)
            return h.department;
        const Bundle *b = m_catalog->bundle(h.code);
        return tr("One-thing bundle of %n matter(s)", nullptr, b ? int(b->matterCodes.size()) : 0);
    }
    case LimitColumn: {
        int days = -1;
        if (const Matter *m = h.isBundle ? nullptr : m_catalog->matter(h.code))
            days = m->promisedLimitDays;
        if (const Bundle *b = h.isBundle ? m_catalog->bundle(h.code) : nullptr)
            for (const QString &code : b->matterCodes)
                if (const Matter *m = m_catalog->matter(code))
                    days = std::max(days, m->promisedLimitDays);
        if (days < 0)
            return {};
        return days == 0 ? tr("on the spot") : tr("%n working day(s)", nullptr, days);
    }
    }
    return {};
}

} // namespace ow
