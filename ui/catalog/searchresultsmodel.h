#pragma once
// The hits of a catalog search, best first, one row each.

#include "core/catalog/catalogsearch.h"
#include "core/domain/catalogdata.h"

#include <QAbstractTableModel>

namespace ow {

class SearchResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DepartmentColumn, LimitColumn, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1, IsBundleRole };

    // The catalog must outlive the model; it supplies time limits and tags for the rows.
    explicit SearchResultsModel(const CatalogData *catalog, QObject *parent = nullptr);

    void setHits(const QList<SearchHit> &hits);
    const SearchHit *hit(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const CatalogData *m_catalog;
    QList<SearchHit> m_hits;
};

} // namespace ow
