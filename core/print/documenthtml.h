#pragma once
// Lays a case document out as HTML for QTextDocument: title, numbered sections, material tables, the
// query QR code, and the signature and seal area of an official document.

#include "core/print/casedocument.h"

#include <QCoreApplication>

namespace ow {

// The QR image is referenced as this resource name; the renderer adds it to the QTextDocument.
inline const char *const QrResourceName = "qr://query";

class DocumentHtml
{
    Q_DECLARE_TR_FUNCTIONS(ow::DocumentHtml)

public:
    static QString build(const CaseDocument &document);

private:
    static QString header(const CaseDocument &d);
    static QString applicantSection(const CaseDocument &d, int number);
    static QString matterSection(const CaseDocument &d, int number);
    static QString receivedTable(const CaseDocument &d);
    static QString missingTable(const CaseDocument &d, bool onlyDeficiency);
    static QString querySection(const CaseDocument &d, int number);
    static QString signatureArea(const CaseDocument &d, bool applicantSigns);
    static QString commitmentTable(const CaseDocument &d);
    static QString certificateCommitment(const CaseDocument &d);
    static QString body(const CaseDocument &d);
    static QString handoverBody(const CaseDocument &d); // 领取回执 and 送达回证 (documenthtml_handover.cpp)
};

// The matter line a case's material came from, at the pinned version (for form, copies, how to obtain).
const MatterMaterial *sourceMaterial(const CaseDocument &d, const QString &kind);

} // namespace ow
