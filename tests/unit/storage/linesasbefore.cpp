#include "tests/unit/storage/linesasbefore.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace owtest {

LinesAsBefore::LinesAsBefore(const QSqlDatabase &db, int schema)
    : m_db(db),
      m_schema(schema)
{
    if (m_schema >= WordingSchema)
        return;
    m_active = run(u"CREATE TEMP TABLE material_wordings (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL,"
                   " matter_codes TEXT NOT NULL, UNIQUE (kind, name, matter_codes))"_s)
               && run(u"CREATE TEMP TABLE case_materials (case_id TEXT NOT NULL, position INTEGER NOT NULL, wording_id INTEGER"
                      " NOT NULL, status TEXT NOT NULL, received INTEGER NOT NULL, received_on TEXT, valid_until TEXT,"
                      " optional INTEGER NOT NULL, PRIMARY KEY (case_id, position))"_s)
               && run(u"CREATE TEMP VIEW case_material_lines AS SELECT m.case_id, m.position, w.kind, w.name, m.status,"
                      " m.received, m.received_on, m.valid_until, w.matter_codes, m.optional FROM temp.case_materials m"
                      " JOIN temp.material_wordings w ON w.id = m.wording_id"_s);
}

LinesAsBefore::~LinesAsBefore()
{
    finish();
}

bool LinesAsBefore::finish()
{
    if (!m_active)
        return ok();
    m_active = false;
    // Schema 9 added the optional column; a line that replaced an earlier one (a supplement) replaces it here too.
    const QString optional = m_schema >= 9 ? u", optional"_s : QString();
    return run(u"DELETE FROM main.case_materials WHERE case_id IN (SELECT case_id FROM temp.case_materials)"_s)
           && run(u"INSERT INTO main.case_materials (case_id, position, kind, name, status, received, received_on,"
                  " valid_until, matter_codes%1) SELECT case_id, position, kind, name, status, received, received_on,"
                  " valid_until, matter_codes%1 FROM temp.case_material_lines"_s.arg(optional))
           && run(u"DROP VIEW temp.case_material_lines"_s) && run(u"DROP TABLE temp.case_materials"_s)
           && run(u"DROP TABLE temp.material_wordings"_s);
}

bool LinesAsBefore::run(const QString &sqlText)
{
    QSqlQuery q(m_db);
    if (q.exec(sqlText))
        return true;
    m_error = sqlText + u": "_s + q.lastError().text();
    return false;
}

} // namespace owtest
