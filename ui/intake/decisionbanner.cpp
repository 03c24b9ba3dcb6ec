#include "ui/intake/decisionbanner.h"

#include <QLocale>

namespace ow {

namespace {

QString bannerStyle(const char *background)
{
    return QStringLiteral("QLabel { background: %1; color: white; padding: 8px; font-weight: bold; border-radius: 4px; }")
        .arg(QLatin1String(background));
}

QStringList names(const QList<ChecklistLine> &lines)
{
    QStringList out;
    for (const ChecklistLine &l : lines)
        out << l.name;
    return out;
}

} // namespace

DecisionBanner::DecisionBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("decisionBanner"));
    setWordWrap(true);
    showIdle();
}

void DecisionBanner::showIdle()
{
    setText(tr("Type the ID number and choose the matter."));
    setStyleSheet(bannerStyle("#6b7280"));
}

void DecisionBanner::showMessage(const QString &text, bool problem)
{
    setText(text);
    setStyleSheet(bannerStyle(problem ? "#b0371c" : "#1f5fa8"));
}

void DecisionBanner::showEvaluation(const Evaluation &ev, int promisedWorkingDays)
{
    const QString promised = promisedWorkingDays == 0 ? tr("done on the spot")
                                                      : tr("promised by %1 (%n working day(s))", nullptr, promisedWorkingDays)
                                                            .arg(QLocale().toString(ev.promisedDate, QLocale::ShortFormat));
    if (!ev.unanswered.isEmpty()) {
        setText(tr("Answer %n situation question(s) first: they decide which materials are needed.", nullptr,
                   int(ev.unanswered.size())));
        setStyleSheet(bannerStyle("#6b7280"));
        return;
    }
    // The clerk must see that a 告知承诺书 comes with the decision: the applicant has to sign it.
    const QString commitments = ev.committed.isEmpty()
                                    ? QString()
                                    : u' '
                                          + tr("Replaced by commitment: %1 (a commitment is printed for signature).")
                                                .arg(names(ev.committed).join(QStringLiteral("、")));
    switch (ev.suggested) {
    case Decision::Accept:
        setText(tr("Complete: accept — %1.").arg(promised) + commitments);
        setStyleSheet(bannerStyle("#1b6e3a"));
        return;
    case Decision::AcceptWithDeficiency:
        setText(tr("Accept with materials to follow (%1) by %2 — %3.")
                    .arg(names(ev.missingDeficiency).join(QStringLiteral("、")),
                         QLocale().toString(ev.supplementDue, QLocale::ShortFormat), promised)
                + commitments);
        setStyleSheet(bannerStyle("#9a6b00"));
        return;
    case Decision::OneTimeNotice:
    case Decision::NotAccepted:
        setText(tr("%n material(s) missing: issue a one-time notice listing all of them.", nullptr, int(ev.missing.size())));
        setStyleSheet(bannerStyle("#b0371c"));
        return;
    }
}

} // namespace ow
