#include "ui/catalog/searchresultsmodel.h"

#include <QFont>

namespace ow {

SearchResultsModel::SearchResultsModel(const CatalogData *catalog, QObject *parent)
    : QAbstractTableModel(parent),
      m_catalog(catalog)
{}

void SearchResultsModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

const SearchHit *SearchResultsModel::hit(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SearchHit &h = m_hits.at(index.row());
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

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Matter");
    case DepartmentColumn: return tr("Department");
    case LimitColumn: return tr("Promised");
    }
    return {};
}

} // namespace ow
