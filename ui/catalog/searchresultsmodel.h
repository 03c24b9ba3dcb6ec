#pragma once
// The hits of a catalog search, best first, one row each.

#include "core/catalog/catalogsearch.h"
#include "core/domain/catalogdata.h"
#include "ui/common/rowtablemodel.h"

namespace ow {

class SearchResultsModel : public RowTableModel<SearchHit>
{
    Q_OBJECT

public:
    enum Column { NameColumn, DepartmentColumn, LimitColumn, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1, IsBundleRole };

    // The catalog must outlive the model; it supplies time limits and tags for the rows.
    explicit SearchResultsModel(const CatalogData *catalog, QObject *parent = nullptr);

    void setHits(const QList<SearchHit> &hits) { setRows(hits); }
    const SearchHit *hit(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const CatalogData *m_catalog;
};

} // namespace ow
