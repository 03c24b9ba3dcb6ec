#pragma once
// Finding cases among a million: through the trigram indexes and the created_at index of schema 12
// (docs/adr/0022-case-search-index.md). The answer is exactly that of the old full scan with LIKE
// '%text%' over case number, official number, applicant name and ID number (query code: equal), newest
// first; the indexes only decide which rows are looked at. Internal to core/storage: CaseRepository::search
// is the public face.

#include <QSqlDatabase>
#include <QStringList>

namespace ow::CaseSearch {

// Ids of the newest cases, newest first (created_at, then insertion order).
QStringList newest(const QSqlDatabase &db, int limit, QString *error = nullptr);

// Ids of the newest cases matching text (trimmed; empty: newest()), newest first.
QStringList matching(const QSqlDatabase &db, const QString &text, int limit, QString *error = nullptr);

// How many of the newest cases are read with the LIKE test before the indexes are asked: a text found
// in many cases (a hall code, a year) fills the page from there; the indexes answer the rare ones.
inline constexpr int RecentWindow = 4000;

} // namespace ow::CaseSearch
