#include "tests/unit/storage/linesasbefore.h"

#include "core/domain/case.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace owtest {

LinesAsBefore::LinesAsBefore(const QSqlDatabase &db, int schema)
    : m_db(db),
      m_schema(schema)
{
    if (m_schema >= CaseKeySchema)
        return;
    const bool wordingsHere = m_schema < WordingSchema;
    // The wordings: the file's own table from schema 16, a temporary one before.
    const QString wordings = wordingsHere ? u"temp.material_wordings"_s : u"main.material_wordings"_s;
    m_active = (!wordingsHere
                || run(u"CREATE TEMP TABLE material_wordings (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT"
                       " NULL, matter_codes TEXT NOT NULL, UNIQUE (kind, name, matter_codes))"_s))
               && run(u"CREATE TEMP TABLE line_statuses (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE)"_s) && addStatuses()
               && run(u"CREATE TEMP TABLE case_matters (case_key INTEGER NOT NULL, position INTEGER NOT NULL, matter_code"
                      " TEXT NOT NULL, matter_version INTEGER NOT NULL, PRIMARY KEY (case_key, matter_code))"_s)
               && run(u"CREATE TEMP TABLE case_materials (case_key INTEGER NOT NULL, position INTEGER NOT NULL, wording_id"
                      " INTEGER NOT NULL, status INTEGER NOT NULL, received INTEGER NOT NULL, received_on TEXT, valid_until"
                      " TEXT, optional INTEGER NOT NULL, PRIMARY KEY (case_key, position))"_s)
               && run(u"CREATE TEMP VIEW case_material_lines AS SELECT c.id AS case_id, m.position, w.kind, w.name,"
                      " s.key AS status, m.received, m.received_on, m.valid_until, w.matter_codes, m.optional FROM"
                      " temp.case_materials m JOIN %1 w ON w.id = m.wording_id JOIN main.cases c ON c.rowid = m.case_key"
                      " JOIN temp.line_statuses s ON s.id = m.status"_s.arg(wordings));
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
    const QString cases = u"(SELECT c.id FROM main.cases c WHERE c.rowid IN (SELECT case_key FROM temp.case_matters"
                          " UNION SELECT case_key FROM temp.case_materials))"_s;
    bool done = run(u"DELETE FROM main.case_matters WHERE case_id IN %1"_s.arg(cases))
                && run(u"DELETE FROM main.case_materials WHERE case_id IN %1"_s.arg(cases))
                && run(u"INSERT INTO main.case_matters (case_id, position, matter_code, matter_version) SELECT c.id,"
                       " m.position, m.matter_code, m.matter_version FROM temp.case_matters m JOIN main.cases c"
                       " ON c.rowid = m.case_key"_s);
    if (m_schema >= WordingSchema) {
        done = done
               && run(u"INSERT INTO main.case_materials (case_id, position, wording_id, status, received, received_on,"
                      " valid_until, optional) SELECT c.id, m.position, m.wording_id, s.key, m.received, m.received_on,"
                      " m.valid_until, m.optional FROM temp.case_materials m JOIN main.cases c ON c.rowid = m.case_key"
                      " JOIN temp.line_statuses s ON s.id = m.status"_s);
    } else {
        // Schema 9 added the optional column; a line that replaced an earlier one (a supplement) replaces it here too.
        const QString optional = m_schema >= 9 ? u", optional"_s : QString();
        done = done
               && run(u"INSERT INTO main.case_materials (case_id, position, kind, name, status, received, received_on,"
                      " valid_until, matter_codes%1) SELECT case_id, position, kind, name, status, received, received_on,"
                      " valid_until, matter_codes%1 FROM temp.case_material_lines"_s.arg(optional));
    }
    return done && run(u"DROP VIEW temp.case_material_lines"_s) && run(u"DROP TABLE temp.case_materials"_s)
           && run(u"DROP TABLE temp.case_matters"_s) && run(u"DROP TABLE temp.line_statuses"_s)
           && (m_schema >= WordingSchema || run(u"DROP TABLE temp.material_wordings"_s));
}

// Every status the program writes, as migration 0017 numbers them.
bool LinesAsBefore::addStatuses()
{
    for (const ow::LineStatus status : {ow::LineStatus::ToCollect, ow::LineStatus::Reused, ow::LineStatus::DataSharing,
                                        ow::LineStatus::DeficiencyAllowed, ow::LineStatus::Commitment}) {
        QSqlQuery q(m_db);
        q.prepare(u"INSERT INTO temp.line_statuses (key) VALUES (?)"_s);
        q.addBindValue(ow::lineStatusKey(status));
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
    }
    return true;
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
