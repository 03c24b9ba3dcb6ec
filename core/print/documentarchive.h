#pragma once
// The hall's archived copy of every document handed out: one PDF per issue, one folder per day of the
// case. An original is CASE-KIND.pdf, its n-th reprint CASE-KIND-reprint-N.pdf beside it; a file that
// exists is never written over, so the copy of what the applicant got stays as it was
// (docs/adr/0024-case-view-and-reprints.md).

#include "core/print/casedocument.h"

#include <QCoreApplication>

namespace ow {

class DocumentArchive
{
    Q_DECLARE_TR_FUNCTIONS(ow::DocumentArchive)

public:
    explicit DocumentArchive(QString folder);

    QString pathFor(const CaseDocument &document) const;
    // Writes the document's PDF at pathFor(); false with the clerk's message when the file exists already
    // or cannot be written.
    bool write(const CaseDocument &document, QString *path, QString *error) const;

    const QString &folder() const { return m_folder; }
    // The case number an archived file's name starts with (an original's or a reprint's); empty for any
    // other file. Retention finds the files of a closed case by it.
    static QString caseNumberOf(const QString &fileName);

private:
    QString m_folder;
};

} // namespace ow
