#pragma once
// The case's later life for the README (issue #14): a certificate replaced by commitment and its 告知承诺书,
// the pick-up list with results waiting at the hall, and the 领取回执 and 送达回证 of two hand-overs.

#include <QDir>
#include <QString>

namespace ow {
class AuditTrail;
class CaseDesk;
class Database;
class DocumentPrinter;
class IntakeService;
class WorkingCalendar;
} // namespace ow

namespace owshots {

struct ResultShotServices {
    ow::Database &db;
    ow::AuditTrail *audit;
    ow::IntakeService &intake;
    ow::CaseDesk &desk;
    ow::DocumentPrinter &printer;
    const ow::WorkingCalendar &calendar;
    QString clerk;
};

// Decides, moves and hands over through the real services; the documents go to the printer's archive.
bool shootResults(const ResultShotServices &s, const QDir &out, const QString &suffix);

} // namespace owshots
