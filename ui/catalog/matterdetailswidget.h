#pragma once
// One matter's standard elements and its material list, as the clerk reads them before intake.

#include "core/domain/matter.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace ow {

class MatterMaterialsModel;

class MatterDetailsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit MatterDetailsWidget(QWidget *parent = nullptr);

    void showMatter(const Matter &matter);
    // A bundle (一件事): its name and the matters it combines.
    void showBundle(const Bundle &bundle, const QList<Matter> &matters);
    void clear();

    MatterMaterialsModel *materialsModel() const { return m_materials; }

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_tags;
    QLabel *m_limits;
    QLabel *m_legalBasis;
    QLabel *m_fees;
    QLabel *m_situations;
    QLabel *m_legalBasisCaption; // "Legal basis:" for a matter, "Description:" for a bundle
    QLabel *m_situationsCaption; // "Situations:" for a matter, "Matters:" for a bundle
    QTableView *m_materialsView;
    MatterMaterialsModel *m_materials;
};

// The tags as short coloured chips (rich text), shared by lists and details.
QString matterTagsHtml(const QList<MatterTag> &tags);

} // namespace ow
