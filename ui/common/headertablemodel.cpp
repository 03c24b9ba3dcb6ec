#include "ui/common/headertablemodel.h"

#include <utility>

namespace ow {

HeaderTableModel::HeaderTableModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent),
      m_headers(std::move(headers))
{}

int HeaderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant HeaderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_headers.size())
        return {};
    return m_headers.at(section);
}

void HeaderTableModel::setHeaders(const QStringList &headers)
{
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

} // namespace ow
