#pragma once
// Writing cases into a store held at a schema before 16, for the storage tests that make such a store (to
// check its migration) with today's CaseRepository.
//
// Since schema 16 the program writes a material line as a wording number (case_materials.wording_id, one row
// of material_wordings for each distinct wording) and reads lines through the view case_material_lines. While
// a LinesAsBefore lives, temporary tables of its connection, which SQLite finds before the file's own, take the
// lines in today's layout; when it ends they are written into the file in the columns its schema had (kind,
// name and matters on every line), as the program of that schema wrote them. At schema 16 or later it does
// nothing.

#include <QSqlDatabase>
#include <QString>

namespace owtest {

class LinesAsBefore
{
public:
    static constexpr int WordingSchema = 16;

    LinesAsBefore(const QSqlDatabase &db, int schema);
    ~LinesAsBefore(); // writes the lines into the file (finish() unless already called)
    LinesAsBefore(const LinesAsBefore &) = delete;
    LinesAsBefore &operator=(const LinesAsBefore &) = delete;

    // Whether the temporary tables were made (always true at schema 16 or later); error() says why not.
    bool ok() const { return m_error.isEmpty(); }
    // Writes the lines into the file's own table and drops the temporary tables; false with error() set.
    bool finish();
    QString error() const { return m_error; }

private:
    bool run(const QString &sqlText);

    QSqlDatabase m_db;
    int m_schema;
    bool m_active = false;
    QString m_error;
};

} // namespace owtest
