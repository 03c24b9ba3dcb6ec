#pragma once
// The pieces every document's HTML is made of, shared by documenthtml.cpp and documenthtml_handover.cpp.

#include "core/print/casedocument.h"

namespace ow::html {

QString esc(const QString &s);
QString section(int number, const QString &title); // "一、" / "1." numbered heading
QString paragraph(const QString &text);            // plain text, escaped, set tight
QString spacedParagraph(const QString &text);      // the same with a little space below
QString longDate(const QDate &d);
QString matterNames(const CaseDocument &d);
QString maskPhone(const QString &phone);
// widths: per column, in per cent of the text width.
QString table(const QStringList &headers, const QList<int> &widths, const QList<QStringList> &rows);

} // namespace ow::html
