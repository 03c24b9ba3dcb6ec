#pragma once
// What counts as the platform's proof. A reply marks a row delivered only when it is the contract's own
// answer for that very row (docs/platform-api.yaml): JSON, the case id and revision echoed, an official
// number present. A captive portal's page, a proxy's error, an empty or cut-off body, JSON of another
// shape: none of them proves anything, and the row is tried again. Pure functions, tested on their own.

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

// Empty when `receipt` is a CaseReceipt for `caseId` at `revision`; otherwise what is wrong with it.
std::optional<QString> receiptFault(const QJsonObject &receipt, const QString &caseId, int revision);

// Empty when `receipt` is an EvaluationReceipt for the rating `id`.
std::optional<QString> evaluationReceiptFault(const QJsonObject &receipt, const QString &id);

struct StatusChangeItem {
    QString caseId;
    QString status;
    QString department;
    QString officialNumber;
    QString at;
};

struct ChangesPage {
    QList<StatusChangeItem> changes;
    QString nextCursor;
    bool hasMore = false;
};

// The page when `page` is a ChangesPage (every change with a case id and a status, a cursor that is a
// non-empty string); otherwise nullopt and *fault says why.
std::optional<ChangesPage> parseChangesPage(const QJsonObject &page, QString *fault);

} // namespace ow
