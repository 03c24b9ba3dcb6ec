#include "core/print/documentarchive.h"

#include "core/print/documentrenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace ow {

DocumentArchive::DocumentArchive(QString folder)
    : m_folder(std::move(folder))
{}

QString DocumentArchive::pathFor(const CaseDocument &document) const
{
    const QString day = document.caseData.createdAt.toLocalTime().date().toString(Qt::ISODate);
    QString name = document.caseData.caseNumber + u'-' + documentKey(document.kind);
    if (document.reprint > 0)
        name += QStringLiteral("-reprint-%1").arg(document.reprint);
    return QDir(m_folder).filePath(day + u'/' + name + QStringLiteral(".pdf"));
}

bool DocumentArchive::write(const CaseDocument &document, QString *path, QString *error) const
{
    const QString target = pathFor(document);
    if (path)
        *path = target;
    if (QFileInfo::exists(target)) {
        if (error)
            *error = tr("%1 is archived already and is kept as it is; nothing was written over it.")
                         .arg(QDir::toNativeSeparators(target));
        return false;
    }
    return DocumentRenderer::writePdf(document, target, error);
}

QString DocumentArchive::caseNumberOf(const QString &fileName)
{
    // HALL-YYYYMMDD-WW-NNNN, then the kind's key (any kind, so a new document needs no change here).
    static const QRegularExpression name(
        QStringLiteral("^(.+-[0-9]{8}-[0-9]{2}-[0-9]{4})-[a-z]+(-[a-z]+)*(-reprint-[0-9]+)?\\.pdf$"));
    const QRegularExpressionMatch m = name.match(fileName);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace ow
