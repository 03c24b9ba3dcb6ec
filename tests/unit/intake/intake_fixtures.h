#pragma once
// Small hand-made matters for the engine tests: each line's role is obvious from its name.

#include "core/domain/matter.h"

namespace owtest {

inline ow::MatterMaterial line(const QString &kind, ow::Requirement req = ow::Requirement::Required, bool deficiency = false,
                               QStringList when = {})
{
    ow::MatterMaterial m;
    m.kind = kind;
    m.name = kind;
    m.requirement = req;
    m.deficiencyAllowed = deficiency;
    m.when = when;
    return m;
}

// The premises question both matters ask, each in its own words: the same answers, so one answer serves
// both when they are taken together.
inline ow::Situation premisesQuestion(const QString &question)
{
    return {QStringLiteral("premises"),
            question,
            {{QStringLiteral("owned"), QStringLiteral("自有")}, {QStringLiteral("rented"), QStringLiteral("租赁")}}};
}

// A matter with its time limits in working days; situations and materials are each matter's own.
inline ow::Matter matter(const QString &code, const QString &name, int promisedDays, int legalDays)
{
    ow::Matter m;
    m.code = code;
    m.name = name;
    m.promisedLimitDays = promisedDays;
    m.legalLimitDays = legalDays;
    return m;
}

// 食品经营许可-like: id card, application form, premises proof by situation, floor plan may follow later.
inline ow::Matter foodLicence()
{
    ow::Matter m = matter(QStringLiteral("FOOD"), QStringLiteral("食品经营许可"), 5, 20);
    m.situations = {premisesQuestion(QStringLiteral("场所"))};
    m.materials = {
        line(QStringLiteral("ID_CARD")),
        line(QStringLiteral("FOOD_FORM")),
        line(QStringLiteral("LEASE"), ow::Requirement::Situational, false, {QStringLiteral("premises=rented")}),
        line(QStringLiteral("DEED"), ow::Requirement::Situational, false, {QStringLiteral("premises=owned")}),
        line(QStringLiteral("FLOOR_PLAN"), ow::Requirement::Required, true),
        line(QStringLiteral("PHOTO"), ow::Requirement::Optional),
    };
    return m;
}

// 个体工商户设立登记-like: shares ID_CARD and the premises question; a licence from the certificate store.
inline ow::Matter soleTrader()
{
    ow::Matter m = matter(QStringLiteral("SOLE"), QStringLiteral("个体工商户设立登记"), 1, 15);
    m.situations = {premisesQuestion(QStringLiteral("经营场所"))};
    ow::MatterMaterial id = line(QStringLiteral("ID_CARD"));
    id.form = ow::MaterialForm::OriginalAndCopy;
    id.copies = 2;
    ow::MatterMaterial household = line(QStringLiteral("HOUSEHOLD"));
    household.dataSharing = true;
    m.materials = {
        id,
        line(QStringLiteral("SOLE_FORM")),
        line(QStringLiteral("LEASE"), ow::Requirement::Situational, false, {QStringLiteral("premises=rented")}),
        household,
        // Both matters want the floor plan; only this one refuses to let it follow later.
        line(QStringLiteral("FLOOR_PLAN"), ow::Requirement::Required, false),
    };
    return m;
}

} // namespace owtest
