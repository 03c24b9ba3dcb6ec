#include "ui/intake/intakepage.h"

#include "core/domain/identifiers.h"
#include "core/workflow/casedesk.h"
#include "ui/intake/applicantpanel.h"
#include "ui/intake/checklistmodel.h"
#include "ui/intake/checklistview.h"
#include "ui/intake/decisionbanner.h"
#include "ui/intake/deliverypanel.h"
#include "ui/intake/matterpicker.h"
#include "ui/intake/situationpanel.h"
#include "ui/print/documentprinter.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTime>
#include <QVBoxLayout>

namespace ow {

namespace {

constexpr int MaxReasonLength = 500; // a reason is a paragraph on the notice, not an essay

QGroupBox *group(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

IntakePage::IntakePage(IntakeService &service, CaseDesk &desk, DocumentPrinter &printer, QWidget *parent)
    : QWidget(parent),
      m_service(service),
      m_desk(desk),
      m_printer(printer),
      m_applicant(new ApplicantPanel([&service](const QString &id) { return service.knownApplicant(id); }, this)),
      m_matter(new MatterPicker(this)),
      m_situations(new SituationPanel(this)),
      m_checklist(new ChecklistModel(this)),
      m_checklistView(new ChecklistView(this)),
      m_banner(new DecisionBanner(this)),
      m_lastSaved(new QLabel(this))
{
    setObjectName(QStringLiteral("intakePage"));
    m_checklistView->setModel(m_checklist);
    QHeaderView *header = m_checklistView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChecklistModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ChecklistModel::NoteColumn, QHeaderView::Interactive);
    m_lastSaved->setObjectName(QStringLiteral("lastSavedLabel"));

    struct Action {
        Decision decision;
        const char *objectName;
        QString text;
        QKeySequence key;
    };
    const Action actions[] = {
        {Decision::Accept, "acceptButton", tr("&Accept"), QKeySequence(Qt::CTRL | Qt::Key_1)},
        {Decision::AcceptWithDeficiency, "acceptDeficiencyButton", tr("Accept with &deficiency"),
         QKeySequence(Qt::CTRL | Qt::Key_2)},
        {Decision::OneTimeNotice, "noticeButton", tr("One-time &notice"), QKeySequence(Qt::CTRL | Qt::Key_3)},
        {Decision::NotAccepted, "notAcceptButton", tr("N&ot accept..."), QKeySequence(Qt::CTRL | Qt::Key_4)},
    };
    auto *buttons = new QHBoxLayout;
    for (const Action &a : actions) {
        auto *button = new QPushButton(a.text, this);
        button->setObjectName(QLatin1String(a.objectName));
        button->setShortcut(a.key);
        button->setToolTip(tr("%1 (%2)").arg(decisionName(a.decision), a.key.toString(QKeySequence::NativeText)));
        const Decision d = a.decision;
        connect(button, &QPushButton::clicked, this, [this, d] { decide(d); });
        buttons->addWidget(button);
        m_actions << button;
    }
    auto *next = new QPushButton(tr("Ne&xt applicant"), this);
    next->setObjectName(QStringLiteral("nextApplicantButton"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    next->setToolTip(tr("Clear the form for the next applicant (%1)").arg(next->shortcut().toString(QKeySequence::NativeText)));
    connect(next, &QPushButton::clicked, this, &IntakePage::startNext);
    buttons->addStretch();
    buttons->addWidget(next);

    m_delivery = new DeliveryPanel(this);
    auto *left = new QVBoxLayout;
    left->addWidget(group(tr("Applicant"), m_applicant, this));
    left->addWidget(group(tr("Result"), m_delivery, this));
    left->addWidget(group(tr("Matter"), m_matter, this));
    left->addWidget(group(tr("Situation (Ctrl+Q; arrows choose, Return goes on)"), m_situations, this), 1);
    auto *right = new QVBoxLayout;
    right->addWidget(
        group(tr("Materials (Ctrl+L; Space ticks what was handed over; C: replaced by commitment)"), m_checklistView, this), 1);
    right->addWidget(m_banner);
    right->addLayout(buttons);
    right->addWidget(m_lastSaved);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    auto *focusId = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_I), this);
    connect(focusId, &QShortcut::activated, m_applicant, &ApplicantPanel::focusId);
    auto *focusMatter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_M), this);
    connect(focusMatter, &QShortcut::activated, m_matter, &MatterPicker::focusSearch);
    // The situations and the checklist each have a key, so no step of an intake needs the mouse.
    auto *focusSituations = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q), this);
    connect(focusSituations, &QShortcut::activated, m_situations, &SituationPanel::focusFirstUnanswered);
    auto *focusChecklist = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(focusChecklist, &QShortcut::activated, m_checklistView,
            [this] { m_checklistView->setFocus(Qt::ShortcutFocusReason); });
    connect(m_situations, &SituationPanel::finished, m_checklistView, [this] { m_checklistView->setFocus(Qt::TabFocusReason); });

    connect(m_applicant, &ApplicantPanel::changed, this, &IntakePage::rebuild);
    connect(m_applicant, &ApplicantPanel::changed, this,
            [this] { m_delivery->setApplicantAddress(m_applicant->applicant().address); });
    connect(m_matter, &MatterPicker::chosen, this, [this] {
        rebuild();
        // The questions first: until they are answered the checklist is not the applicant's yet.
        if (!m_situations->hasUnanswered() || !m_situations->focusFirstUnanswered())
            m_checklistView->setFocus();
    });
    connect(m_situations, &SituationPanel::answersChanged, this, &IntakePage::rebuild);
    connect(m_checklist, &ChecklistModel::receivedChanged, this, &IntakePage::refreshBanner);
    setFocusProxy(m_applicant);
}

void IntakePage::setCatalog(const CatalogData &catalog)
{
    m_matter->setCatalog(catalog);
}

bool IntakePage::chooseMatter(const QString &code)
{
    return m_matter->choose(code);
}

QDate IntakePage::today() const
{
    return QDate::currentDate();
}

void IntakePage::rebuild()
{
    const QString code = m_matter->chosenCode();
    if (code.isEmpty()) {
        m_session.reset();
        m_checklist->clear();
        m_banner->showIdle();
        return;
    }
    const Applicant typed = m_applicant->applicant();
    const bool idValid = checkIdentifier(typed.idNumber).valid;
    const QString key = code + u'|' + (idValid ? typed.idNumber : QString());
    const bool sameSession = m_session && key == m_sessionKey;
    if (sameSession) {
        m_service.answer(*m_session, m_situations->answers());
    } else {
        // A valid ID number brings the applicant's history (reuse, a pending notice); until then, a preview.
        std::optional<IntakeSession> started;
        if (idValid)
            started = m_service.start(typed, code, m_situations->answers(), today());
        if (!started)
            started = m_service.preview(code, m_situations->answers(), today());
        m_session = started;
        m_sessionKey = key;
        if (m_session)
            m_situations->setSituations(m_session->checklist.situations);
    }
    if (m_session)
        m_checklist->setChecklist(m_session->checklist);
    refreshBanner();
}

void IntakePage::refreshBanner()
{
    if (!m_session) {
        m_banner->showIdle();
        return;
    }
    const Evaluation ev = m_service.evaluate(*m_session, m_checklist->received(), m_checklist->committed());
    m_banner->showEvaluation(ev, ChecklistEngine::promisedWorkingDays(m_session->checklist.matters));
}

QString IntakePage::askReason()
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("notAcceptReasonDialog"));
    dialog.setWindowTitle(tr("Not accepted"));
    dialog.setLabelText(tr("The reason, as it will be printed on the notice to the applicant:"));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    // Tab leaves the reason for the OK button (a reason has no use for a tab character).
    for (auto *edit : dialog.findChildren<QPlainTextEdit *>())
        edit->setTabChangesFocus(true);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    QString reason = dialog.textValue().trimmed();
    if (reason.size() > MaxReasonLength) {
        QMessageBox::warning(this, tr("Not accepted"),
                             tr("The reason is %1 characters long; the notice has room for %2. Please shorten it.")
                                 .arg(reason.size())
                                 .arg(MaxReasonLength));
        return {};
    }
    return reason;
}

bool IntakePage::confirm(Decision decision, const Evaluation &ev)
{
    QStringList documents;
    for (DocumentKind kind : documentsFor(decision, !ev.committed.isEmpty()))
        documents << documentTitle(kind);
    QString text = tr("%1 for %2?").arg(decisionName(decision), m_applicant->applicant().name);
    if (decision == Decision::Accept || decision == Decision::AcceptWithDeficiency)
        text += u'\n' + tr("Promised completion: %1").arg(QLocale().toString(ev.promisedDate, QLocale::LongFormat));
    if (decision == Decision::AcceptWithDeficiency)
        text += u'\n' + tr("Materials to follow by %1").arg(QLocale().toString(ev.supplementDue, QLocale::LongFormat));
    if (decision == Decision::OneTimeNotice)
        text += u'\n' + tr("The notice lists %n missing material(s).", nullptr, int(ev.missing.size()));
    text += u'\n' + tr("Prints: %1").arg(documents.join(QStringLiteral("、")));
    QMessageBox box(QMessageBox::Question, decisionName(decision), text, QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("decisionConfirmDialog"));
    box.setDefaultButton(QMessageBox::Yes);
    return box.exec() == QMessageBox::Yes;
}

void IntakePage::decide(Decision decision)
{
    if (!m_session) {
        m_banner->showMessage(tr("Choose the matter first."), true);
        return;
    }
    if (!m_applicant->valid()) {
        m_banner->showMessage(tr("Enter a valid ID number and the applicant's name first."), true);
        m_applicant->focusId();
        return;
    }
    QString reason;
    if (decision == Decision::NotAccepted) {
        reason = askReason();
        if (reason.isEmpty())
            return;
    }
    const Evaluation ev = m_service.evaluate(*m_session, m_checklist->received(), m_checklist->committed());
    const QString refusal = m_service.engine().refusalReason(decision, ev, reason);
    if (!refusal.isEmpty()) {
        m_banner->showMessage(refusal, true);
        return;
    }
    if (!confirm(decision, ev))
        return;

    IntakeSession session = *m_session;
    Applicant typed = m_applicant->applicant();
    typed.id = session.applicant.id;
    session.applicant = typed;
    session.delivery = m_delivery->method();
    session.deliveryAddress = m_delivery->address();
    const DecisionResult result = m_service.decide(session, m_checklist->received(), decision, reason,
                                                   QDateTime::currentDateTimeUtc(), m_checklist->committed());
    if (!result.ok) {
        // Nothing is cleared: the clerk can fix the cause (a full disk, say) and press the button again.
        QMessageBox::critical(this, tr("Not saved"), result.error);
        return;
    }
    QString printProblem;
    QList<CaseDocument> documents;
    if (const std::optional<CaseDeskEntry> summary = m_desk.summary(result.savedCase.id))
        for (DocumentKind kind : documentsFor(summary->caseData))
            documents << m_desk.document(*summary, kind, QDateTime::currentDateTime());
    m_printer.print(documents, this, &printProblem);
    m_lastSaved->setText(
        tr("Saved %1 at %2 (%3).")
            .arg(result.savedCase.caseNumber, QTime::currentTime().toString(QStringLiteral("HH:mm")), decisionName(decision)));
    if (!printProblem.isEmpty())
        QMessageBox::warning(this, tr("Printing"),
                             tr("Case %1 is saved. The documents could not all be printed:\n%2\n"
                                "Reprint them from the case list when the problem is fixed.")
                                 .arg(result.savedCase.caseNumber, printProblem));
    emit caseSaved(result.savedCase.id, result.savedCase.caseNumber, decision);
    resetForm();
    m_banner->showMessage(tr("Saved %1. Next applicant: type the ID number.").arg(result.savedCase.caseNumber), false);
}

void IntakePage::resetForm()
{
    m_session.reset();
    m_sessionKey.clear();
    m_applicant->clear();
    m_delivery->clear();
    m_matter->clear();
    m_situations->setSituations({});
    m_checklist->clear();
    m_applicant->focusId();
}

void IntakePage::startNext()
{
    if (m_session && (!m_checklist->received().isEmpty() || !m_checklist->committed().isEmpty())) {
        const auto answer = QMessageBox::question(this, tr("Next applicant"),
                                                  tr("Discard the intake in progress? Nothing of it has been saved."));
        if (answer != QMessageBox::Yes)
            return;
    }
    resetForm();
    m_banner->showIdle();
}

} // namespace ow
