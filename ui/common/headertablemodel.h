#pragma once
// The part every table model of the ui shares: its columns are a list of header titles, given by the
// derived model (through its own tr(), so the words keep their translation context), and only the
// horizontal header shows them.

#include <QAbstractTableModel>
#include <QStringList>

namespace ow {

class HeaderTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    explicit HeaderTableModel(QStringList headers, QObject *parent = nullptr);
    // Changes the columns: a model reset, as views must forget the old ones.
    void setHeaders(const QStringList &headers);

private:
    QStringList m_headers;
};

} // namespace ow
