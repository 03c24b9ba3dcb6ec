#include "ui/dashboard/badratingspage.h"

#include "core/domain/ratingreasons.h"
#include "ui/common/rowlistview.h"
#include "ui/dashboard/badratingsmodel.h"
#include "ui/dashboard/dashboardformat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ow {

BadRatingsPage::BadRatingsPage(HallClient *client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_clock([] { return QDateTime::currentDateTimeUtc(); }),
      m_model(new BadRatingsModel(this)),
      m_figures(new QLabel(this)),
      m_message(new QLabel(this)),
      m_table(new QTableView(this)),
      m_callback(new QPushButton(tr("Record call-back…"), this)),
      m_rectify(new QPushButton(tr("Record rectification…"), this)),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("badRatingsPage"));
    m_figures->setObjectName(QStringLiteral("badRatingFigures"));
    m_message->setObjectName(QStringLiteral("badRatingMessage"));
    m_callback->setObjectName(QStringLiteral("badRatingCallbackButton"));
    m_rectify->setObjectName(QStringLiteral("badRatingRectifyButton"));
    m_figures->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setVisible(false);
    setUpRowList(m_table, QStringLiteral("badRatingTable"), m_model);
    // The reasons and the comment are what the supervisor reads: they take the room, the rest fit their text.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BadRatingsModel::ReasonsColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(BadRatingsModel::CommentColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_callback);
    buttons->addWidget(m_rectify);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_figures);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_callback, &QPushButton::clicked, this, &BadRatingsPage::recordCallback);
    connect(m_rectify, &QPushButton::clicked, this, &BadRatingsPage::recordRectification);
    m_timer->setInterval(5 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &BadRatingsPage::refresh);
    if (m_client) {
        connect(m_client, &HallClient::ticketRated, this, [this](const HallTicket &t) {
            if (ratingTakesReasons(t.rating))
                refresh(); // a new bad rating: its 15 days start now
        });
        connect(m_client, &HallClient::stateChanged, this, [this](HallClient::State state) {
            if (state == HallClient::State::Online)
                refresh();
        });
        m_timer->start();
    }
    showFigures();
}

void BadRatingsPage::refresh()
{
    if (!m_client || m_loading)
        return;
    m_loading = true;
    const QDate today = m_clock().toTimeZone(m_zone).date();
    connect(m_client->fetchRatingFollowUps(today.addDays(1 - days), today), &HallReply::finished, this,
            [this, today](const HallResult &r) {
                m_loading = false;
                if (!r.ok()) {
                    showError(tr("The bad ratings could not be read from the hall: %1").arg(r.errorMessage));
                    return;
                }
                m_list = badRatingList(r.ratingFollowUps(), m_calendar, m_zone, today);
                m_model->setBadRatings(m_list.rows, m_zone);
                m_message->setVisible(false);
                showFigures();
                Q_EMIT refreshed(m_list.figures);
            });
}

void BadRatingsPage::showFigures()
{
    const BadRatingFigures &f = m_list.figures;
    m_figures->setText(tr("Last %n day(s): satisfaction %1 (%2 of %3 ratings were 4 or 5) · bad ratings %4 · "
                          "called back %5 · rectified %6 (%7, %8 in time) · overdue %9",
                          nullptr, days)
                           .arg(Share{f.satisfied, f.rated}.percentText())
                           .arg(f.satisfied)
                           .arg(f.rated)
                           .arg(f.bad)
                           .arg(f.calledBack)
                           .arg(f.rectified)
                           .arg(Share{f.rectified, f.bad}.percentText())
                           .arg(f.rectifiedInTime)
                           .arg(f.overdue));
}

void BadRatingsPage::showError(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(true);
}

QString BadRatingsPage::selectedTicket() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->keyAt(rows.first().row());
}

void BadRatingsPage::recordCallback()
{
    ask(u"callback"_s);
}

void BadRatingsPage::recordRectification()
{
    ask(u"rectification"_s);
}

void BadRatingsPage::ask(const QString &kind)
{
    const QString ticket = selectedTicket();
    if (ticket.isEmpty()) {
        showError(tr("Choose a bad rating in the list first."));
        return;
    }
    const bool callback = kind == u"callback"_s;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, callback ? tr("Call-back") : tr("Rectification"),
        callback ? tr("What did the applicant say when called back?") : tr("What was put right, and by whom?"), {}, &ok);
    if (ok && !note.trimmed().isEmpty())
        record(ticket, kind, note.trimmed().left(500));
}

void BadRatingsPage::record(const QString &ticketId, const QString &kind, const QString &note)
{
    if (!m_client)
        return;
    connect(m_client->recordFollowUp(ticketId, kind, note), &HallReply::finished, this, [this](const HallResult &r) {
        if (!r.ok()) {
            const QString text = tr("Not recorded: %1").arg(r.errorMessage);
            showError(text);
            Q_EMIT recorded(false, text);
            return;
        }
        Q_EMIT recorded(true, {});
        refresh();
    });
}

} // namespace ow
