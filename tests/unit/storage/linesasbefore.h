#pragma once
// Writing cases into a store held at a schema before 17, for the storage tests that make such a store (to
// check its migration) with today's CaseRepository.
//
// Since schema 16 the program writes a material line as a wording number (case_materials.wording_id, one row
// of material_wordings for each distinct wording) and reads lines through the view case_material_lines; since
// schema 17 a case's matters and lines name it by its integer key (cases.case_key, the rowid), and a line's
// status is a number (line_statuses). While a
// LinesAsBefore lives, temporary tables of its connection, which SQLite finds before the file's own, take the
// matters and lines in today's layout; when it ends they are written into the file in the columns its schema
// had (the case's text id; before 16 kind, name and matters on every line), as the program of that schema
// wrote them. At schema 17 or later it does nothing.

#include <QSqlDatabase>
#include <QString>

namespace owtest {

class LinesAsBefore
{
public:
    static constexpr int WordingSchema = 16;
    static constexpr int CaseKeySchema = 17;

    LinesAsBefore(const QSqlDatabase &db, int schema);
    ~LinesAsBefore(); // writes the lines into the file (finish() unless already called)
    LinesAsBefore(const LinesAsBefore &) = delete;
    LinesAsBefore &operator=(const LinesAsBefore &) = delete;

    // Whether the temporary tables were made (always true at schema 17 or later); error() says why not.
    bool ok() const { return m_error.isEmpty(); }
    // Writes the lines into the file's own table and drops the temporary tables; false with error() set.
    bool finish();
    QString error() const { return m_error; }

private:
    bool run(const QString &sqlText);
    bool addStatuses();

    QSqlDatabase m_db;
    int m_schema;
    bool m_active = false;
    QString m_error;
};

} // namespace owtest
