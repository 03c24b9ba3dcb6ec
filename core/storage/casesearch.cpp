#include "core/storage/casesearch.h"

#include "core/storage/sqlsupport.h"

#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ow::CaseSearch {

namespace {

// The index holds lower-cased text only (migration 0012), so a term in capitals is a valid FTS5
// expression that matches nothing: it stands in for a side of the search with no term to look up.
const QString kNothing = u"\"ZZZ\""_s;

QStringList ids(QSqlQuery &q)
{
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    q.finish(); // a kept SELECT lets go of its read snapshot now
    return out;
}

// The same folding the triggers apply to the indexed text: SQLite's lower().
QString folded(const QSqlDatabase &db, const QString &text, QString *error)
{
    QSqlQuery q(db);
    if (!sql::run(q, u"SELECT lower(?)"_s, {text}, error) || !q.next())
        return {};
    return q.value(0).toString();
}

QString quoted(QString term)
{
    return u'"' + term.replace(u'"', u"\"\""_s) + u'"';
}

// The distinct trigrams of a text of three characters or more, in the order they start.
QStringList trigramsOf(const QString &text)
{
    const QList<uint> points = text.toUcs4();
    QStringList terms;
    for (qsizetype i = 0; i + 3 <= points.size(); ++i) {
        const QString term = quoted(QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData() + i), 3));
        if (!terms.contains(term))
            terms.append(term);
    }
    return terms;
}

// A few of them, enough to single a row out: FTS5 reads the whole list of every term it is given, and a
// whole case number has twenty trigrams of which "dem", "-20", "202" are in every row (35 ms at 1,000,000
// cases against 6 ms for four). Non-overlapping ones from the end, where identifiers differ (sequence
// numbers, an ID number's last digits); every row holding the text holds these, so the LIKE test after
// it keeps the answer exact.
QStringList someTrigrams(const QStringList &terms)
{
    constexpr int kAtMost = 4;
    QStringList picked;
    for (qsizetype i = terms.size() - 1; i >= 0 && picked.size() < kAtMost; i -= 3)
        picked.append(terms.at(i));
    return picked;
}

// A text of one or two characters: any indexed trigram that starts with it. Every character of the
// indexed text starts a trigram because the triggers pad it with two char(1). *rows: how many rows hold
// one of them at most (the vocabulary's own count).
QString anyTrigramStartingWith(const QSqlDatabase &db, const QString &vocabularySql, const QString &prefix, qint64 *rows,
                               QString *error)
{
    static const char32_t highest = 0x10FFFF;
    QSqlQuery q(db);
    if (!sql::run(q, vocabularySql, {prefix, QString(prefix + QString::fromUcs4(&highest, 1))}, error))
        return {};
    QStringList terms;
    while (q.next()) {
        terms.append(quoted(q.value(0).toString()));
        *rows += q.value(1).toLongLong();
    }
    q.finish();
    return terms.isEmpty() ? kNothing : terms.join(u" OR "_s);
}

} // namespace

QString newestSql()
{
    return u"SELECT id FROM cases ORDER BY created_at DESC, rowid DESC LIMIT ?"_s;
}

QString walkSql()
{
    // Each statement one whole literal (test_sqlhygiene): the LIKE test and the order are the same in both.
    return u"SELECT c.id FROM cases c INDEXED BY cases_created JOIN applicants a ON a.id = c.applicant_id"
           u" WHERE c.case_number LIKE ? ESCAPE '\\' OR c.query_code = ? OR c.official_number LIKE ? ESCAPE '\\'"
           u" OR a.name LIKE ? ESCAPE '\\' OR a.id_number LIKE ? ESCAPE '\\'"
           u" ORDER BY c.created_at DESC, c.rowid DESC LIMIT ?"_s;
}

QString walkByApplicantsSql()
{
    return u"SELECT c.id FROM cases c INDEXED BY cases_created"
           u" WHERE c.case_number LIKE ? ESCAPE '\\' OR c.query_code = ? OR c.official_number LIKE ? ESCAPE '\\'"
           u" OR c.applicant_id IN (SELECT p.id FROM applicant_search s CROSS JOIN applicants p ON p.rowid = s.rowid"
           u" WHERE applicant_search MATCH ? AND (p.name LIKE ? ESCAPE '\\' OR p.id_number LIKE ? ESCAPE '\\'))"
           u" ORDER BY c.created_at DESC, c.rowid DESC LIMIT ?"_s;
}

QString candidatesSql()
{
    // Each side checked where its text lives, before anything is sorted: an applicant's cases come with
    // their creation time from the cases_applicant index (applicant_id, created_at) without reading a case
    // row, a case number's from the row its check reads anyway; only the newest `limit` are looked up for
    // their ids. CROSS JOIN keeps the index hits as the outer loops. (Was: every candidate case and its
    // applicant read, then sorted: 50 ms for an ID number's last four digits at 1,000,000 cases, now 10.)
    return u"SELECT c.id FROM (SELECT rid, created FROM ("
           u"SELECT k.rowid AS rid, k.created_at AS created FROM applicant_search s CROSS JOIN applicants p ON p.rowid = s.rowid"
           u" CROSS JOIN cases k ON k.applicant_id = p.id WHERE applicant_search MATCH ?"
           u" AND (p.name LIKE ? ESCAPE '\\' OR p.id_number LIKE ? ESCAPE '\\')"
           u" UNION SELECT c.rowid, c.created_at FROM case_search s CROSS JOIN cases c ON c.rowid = s.rowid"
           u" WHERE case_search MATCH ? AND (c.case_number LIKE ? ESCAPE '\\' OR c.official_number LIKE ? ESCAPE '\\')"
           u" UNION SELECT rowid, created_at FROM cases WHERE query_code = ?)"
           u" ORDER BY created DESC, rid DESC LIMIT ?) h"
           u" CROSS JOIN cases c ON c.rowid = h.rid ORDER BY h.created DESC, h.rid DESC"_s;
}

QStringList newest(const QSqlDatabase &db, int limit, QString *error)
{
    QSqlQuery q(db);
    if (!sql::run(q, newestSql(), {limit}, error))
        return {};
    return ids(q);
}

QStringList matching(const QSqlDatabase &db, const QString &text, int limit, QString *error, qint64 sortAtMost)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return newest(db, limit, error);
    const QString like = sql::likeContains(needle);
    const QString code = needle.toUpper();
    QSqlQuery q(db);

    // The rows that hold all the text's trigrams (or, when it is shorter, a trigram starting with it).
    const QString lower = folded(db, needle, error);
    if (lower.isEmpty())
        return {};
    QString caseTerms;
    QString applicantTerms;
    // How many candidates, counted no further than needed: sorting them costs what they number, walking
    // the newest-first index costs what it passes before `limit` matches. Past sqrt(limit x cases)
    // candidates the walk is the cheaper of the two for a text spread evenly over the years.
    qint64 cap = sortAtMost;
    if (cap < 0) {
        if (!sql::run(q, u"SELECT max(rowid) FROM cases"_s, error) || !q.next())
            return {};
        cap = std::max<qint64>(500, qint64(std::sqrt(double(limit) * q.value(0).toDouble())));
        q.finish();
    }
    bool many = false;
    qint64 applicantHits = 0; // applicants that may hold the text (index hits), counted no further than cap
    if (lower.toUcs4().size() >= 3) {
        const QStringList terms = trigramsOf(lower);
        // Counted in the two indexes alone: an applicant hit costs one row to check before its cases are
        // joined, so the hits, not the applicants' cases, are what the candidates cost (counting the cases
        // read the applicants and took 35 ms of a company name's 60).
        const auto countCandidates = [&](const QString &termText, qint64 *count) {
            if (!sql::run(
                    q,
                    u"SELECT (SELECT count(*) FROM (SELECT rowid FROM case_search WHERE case_search MATCH ? LIMIT ?)),"
                    u" (SELECT count(*) FROM (SELECT rowid FROM applicant_search WHERE applicant_search MATCH ? LIMIT ?))"_s,
                    {termText, cap + 1, termText, cap + 1}, error)
                || !q.next())
                return false;
            *count = q.value(0).toLongLong() + q.value(1).toLongLong();
            applicantHits = q.value(1).toLongLong();
            q.finish();
            return true;
        };
        qint64 count = 0;
        const QStringList some = someTrigrams(terms);
        caseTerms = some.join(u' ');
        if (!countCandidates(caseTerms, &count))
            return {};
        // Too many for a few: all of them, before falling back to the walk of the newest-first index.
        if (count > cap && some.size() < terms.size()) {
            caseTerms = terms.join(u' ');
            if (!countCandidates(caseTerms, &count))
                return {};
        }
        applicantTerms = caseTerms;
        many = count > cap;
    } else {
        // A short text has many trigrams (a surname: hundreds); the vocabulary counts their rows.
        qint64 caseRows = 0;
        caseTerms = anyTrigramStartingWith(db, u"SELECT term, doc FROM case_search_terms WHERE term >= ? AND term < ?"_s, lower,
                                           &caseRows, error);
        applicantTerms = anyTrigramStartingWith(
            db, u"SELECT term, doc FROM applicant_search_terms WHERE term >= ? AND term < ?"_s, lower, &applicantHits, error);
        if (caseTerms.isEmpty() || applicantTerms.isEmpty())
            return {};
        many = caseRows + applicantHits > cap;
    }

    if (many && applicantHits <= cap) {
        // Few applicants hold the text: they are found first, and the walk tests each case's applicant
        // against that set instead of reading the applicant (an ID number's "6060", also a date in case and
        // official numbers: 70 ms → 39 at 1,000,000 cases).
        if (!sql::run(q, walkByApplicantsSql(), {like, code, like, applicantTerms, like, like, limit}, error))
            return {};
        return ids(q);
    }
    if (many) {
        if (!sql::run(q, walkSql(), {like, code, like, like, like, limit}, error))
            return {};
        return ids(q);
    }
    // The candidates and the query code, each checked with the LIKE test of old, sorted newest first.
    if (!sql::run(q, candidatesSql(), {applicantTerms, like, like, caseTerms, like, like, code, limit}, error))
        return {};
    return ids(q);
}

} // namespace ow::CaseSearch
