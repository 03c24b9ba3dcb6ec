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

// Ids of the newest cases matching text (trimmed; empty: newest()), newest first. Up to sortAtMost
// candidates from the trigram indexes are checked and sorted; more, and the newest-first index is walked
// instead, testing each case's applicant against the applicants that hold the text when those are no more
// than sortAtMost. -1: sqrt(limit x cases), at least 500 (tests pass 0 or a large number to take either way).
QStringList matching(const QSqlDatabase &db, const QString &text, int limit, QString *error = nullptr, qint64 sortAtMost = -1);

// The statements behind them, as run (the plan tests ask SQLite how it would run these very texts).
// Bound values: newestSql (limit); walkSql (like, code, like, like, like, limit); walkByApplicantsSql (like,
// code, like, applicant terms, like, like, limit); candidatesSql (applicant terms, like, like, case terms,
// like, like, code, limit).
QString newestSql();
QString walkSql();
QString walkByApplicantsSql();
QString candidatesSql();

} // namespace ow::CaseSearch
