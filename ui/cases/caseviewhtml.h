#pragma once
// The case view's text: each section of CaseDetails as a heading and a small table, in the widget's own
// palette (QTextBrowser's rich text). Lays out only; what a line means was decided in core.

#include <QCoreApplication>
#include <QString>

namespace ow {

struct CaseDetails;

class CaseViewHtml
{
    Q_DECLARE_TR_FUNCTIONS(ow::CaseView)

public:
    // fullIdNumber: the revealed number, or empty to show the masked one.
    static QString build(const CaseDetails &details, const QString &fullIdNumber);

private:
    static QString applicant(const CaseDetails &d, const QString &fullIdNumber);
    static QString matters(const CaseDetails &d);
    static QString checklist(const CaseDetails &d);
    static QString decision(const CaseDetails &d);
    static QString documents(const CaseDetails &d);
    static QString platform(const CaseDetails &d);
    static QString tickets(const CaseDetails &d);
    static QString audit(const CaseDetails &d);
};

} // namespace ow
