#pragma once
// Every CSV file OneWindow writes goes through here, so no writer can forget formula injection
// (OWASP "CSV Injection"): a cell that begins with = + - @, a tab or a carriage return would be run
// by Excel, LibreOffice or WPS as a formula (=HYPERLINK(...), =cmd|...). Such a cell gets a leading
// single quote, which spreadsheets show as text, and is quoted; the rest is plain RFC 4180.

#include <QStringList>

namespace ow::Csv {

// True when a spreadsheet could read value as a formula.
bool startsLikeFormula(const QString &value);

// One field: neutralised if it starts like a formula, quoted when it holds a comma, quote, CR or LF (or
// was neutralised), quotes doubled.
QString cell(const QString &value);

// One record: the cells joined by commas, ended by CRLF.
QString row(const QStringList &cells);

} // namespace ow::Csv
