#pragma once
// The intake at the counter, on one screen: applicant, matter, situations, checklist, the decision the
// rules allow, and the four actions. Keyboard first: Ctrl+I the ID, Ctrl+M the matter, Space ticks,
// Ctrl+1..4 decide, Ctrl+N starts the next applicant.

#include "core/workflow/intakeservice.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace ow {

class ApplicantPanel;
class CaseDesk;
class ChecklistModel;
class ChecklistView;
class DecisionBanner;
class DeliveryPanel;
class DocumentPrinter;
class MatterPicker;
class SituationPanel;

class IntakePage : public QWidget
{
    Q_OBJECT

public:
    IntakePage(IntakeService &service, CaseDesk &desk, DocumentPrinter &printer, QWidget *parent = nullptr);

    void setCatalog(const CatalogData &catalog);
    // Starts over for the next applicant; asks first if a half-done intake would be thrown away.
    void startNext();
    ChecklistModel *checklistModel() const { return m_checklist; }
    // Chooses a matter by code as if picked in the matter field (e.g. from a called ticket).
    bool chooseMatter(const QString &code);

public slots:
    void decide(ow::Decision decision);

signals:
    // A decision was committed. The decision is for those who follow what a visit achieved (the hall
    // queue links the case to the ticket at the window and defaults the ticket's outcome from it).
    void caseSaved(const QString &caseId, const QString &caseNumber, ow::Decision decision);

private:
    void rebuild();
    void resetForm();
    void refreshBanner();
    QString askReason();
    bool confirm(Decision decision, const Evaluation &evaluation);
    QDate today() const;

    IntakeService &m_service;
    CaseDesk &m_desk;
    DocumentPrinter &m_printer;
    ApplicantPanel *m_applicant;
    MatterPicker *m_matter;
    SituationPanel *m_situations;
    ChecklistModel *m_checklist;
    ChecklistView *m_checklistView;
    DecisionBanner *m_banner;
    QLabel *m_lastSaved;
    DeliveryPanel *m_delivery = nullptr; // 出件: at the window or by post
    QList<QPushButton *> m_actions;
    std::optional<IntakeSession> m_session;
    QString m_sessionKey; // matter code + ID number the session was built for
};

} // namespace ow
