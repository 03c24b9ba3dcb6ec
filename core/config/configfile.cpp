#include "core/config/configfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace ow {

QString ConfigProblem::text() const
{
    QString where = QDir::toNativeSeparators(file);
    if (line > 0)
        where += u':' + QString::number(line);
    if (!key.isEmpty())
        where += u": "_s + key;
    return where + u": "_s + message;
}

ConfigFile ConfigFile::read(const QString &path)
{
    ConfigFile none;
    none.path = path;
    const QFileInfo info(path);
    if (!info.exists())
        return none;
    none.exists = true;
    if (!info.isFile()) {
        none.problems.append({path, 0, {}, ConfigText::tr("this is not a file")});
        return none;
    }
    if (info.size() > MaxBytes) {
        none.problems.append({path, 0, {}, ConfigText::tr("the file is larger than %1 KiB").arg(MaxBytes / 1024)});
        return none;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        none.problems.append({path, 0, {}, ConfigText::tr("cannot read the file: %1").arg(file.errorString())});
        return none;
    }
    ConfigFile read = parse(path, file.read(MaxBytes + 1));
    read.exists = true;
    return read;
}

ConfigFile ConfigFile::parse(const QString &path, const QByteArray &bytes)
{
    ConfigFile f;
    f.path = path;
    f.exists = true;
    if (bytes.size() > MaxBytes) {
        f.problems.append({path, 0, {}, ConfigText::tr("the file is larger than %1 KiB").arg(MaxBytes / 1024)});
        return f;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        f.problems.append({path, 0, {}, ConfigText::tr("the file is not UTF-8 text")});
        return f;
    }
    const QStringList lines = text.split(u'\n');
    if (lines.size() > MaxLines) {
        f.problems.append({path, 0, {}, ConfigText::tr("the file has more than %1 lines").arg(MaxLines)});
        return f;
    }
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed(); // also a '\r' of a file written on Windows
        if (i == 0 && line.startsWith(QChar(0xFEFF)))
            line = line.mid(1).trimmed(); // a byte-order mark some editors write
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            f.problems.append({path, i + 1, {}, ConfigText::tr("this line is not \"key = value\"")});
            continue;
        }
        const QString key = line.left(equals).trimmed();
        f.entries.append({key, line.mid(equals + 1).trimmed(), i + 1});
    }
    return f;
}

} // namespace ow
