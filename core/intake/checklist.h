#pragma once
// What the checklist engine produces: one line per material the applicant is concerned with,
// and the engine's verdict on what the clerk has ticked so far.

#include "core/domain/case.h"
#include "core/domain/matter.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace ow {

struct ChecklistLine {
    QString kind; // MaterialKind code: the key of the line
    QString name;
    MaterialForm form = MaterialForm::Original;
    int copies = 1;
    LineStatus status = LineStatus::ToCollect;
    bool optional = false; // the applicant may bring it; nothing is missing without it
    QString note;
    QString issuer;
    QString howToObtain;
    QString legalBasis;
    int validityMonths = 0;
    bool perApplication = false; // a form for this application: never reused from an earlier case
    QStringList matterCodes;     // every matter of the application that asks for it
    QDate reusedFrom;            // Reused: when it was collected before
    QDate reusedValidUntil;      // Reused: until when that copy is valid (invalid: no expiry)
    // 告知承诺制: set when every matter of the application that asks for this line offers the commitment
    // instead of the certificate; the basis printed on the 告知承诺书. Empty: the paper itself is needed.
    QString commitmentBasis;

    // The clerk may mark the line "replaced by commitment" (a required line the applicant is asked for).
    bool commitmentAllowed() const { return !commitmentBasis.isEmpty() && askedOfApplicant() && !optional; }

    // The applicant has to hand it over at the counter (now, or later under 容缺).
    bool askedOfApplicant() const { return status == LineStatus::ToCollect || status == LineStatus::DeficiencyAllowed; }
};

struct Checklist {
    QList<Matter> matters;       // the matters applied for, at their pinned versions
    QString bundleCode;          // set for 一件事
    QList<Situation> situations; // merged across the matters: a shared question is asked once
    QMap<QString, QString> answers;
    QStringList unanswered; // situation ids still open that decide whether some line applies
    QList<ChecklistLine> lines;
    // The reform's materials-reduction figure: what the matters list, one by one, for this situation
    // (required and applicable situational lines), against what the applicant actually hands over.
    int listedCount = 0;

    const ChecklistLine *line(const QString &kind) const
    {
        for (const ChecklistLine &l : lines)
            if (l.kind == kind)
                return &l;
        return nullptr;
    }
};

// The engine's verdict for the current ticks.
struct Evaluation {
    Decision suggested = Decision::OneTimeNotice;
    QList<ChecklistLine> missing;           // every missing line the applicant must bring (for the notice)
    QList<ChecklistLine> missingDeficiency; // the subset that 容缺 allows to follow later
    QList<ChecklistLine> committed;         // lines replaced by the applicant's commitment: count as received
    QStringList unanswered;                 // open situation questions block any decision but "not accepted"
    int listedCount = 0;
    int collectedCount = 0; // received lines that were asked of the applicant
    QDate promisedDate;     // when the case is promised to complete, if accepted today
    QDate supplementDue;    // 容缺: the day the missing materials are due
    bool complete() const { return missing.isEmpty() && unanswered.isEmpty(); }
};

} // namespace ow
