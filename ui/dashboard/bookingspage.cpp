#include "ui/dashboard/bookingspage.h"

#include "core/hall/protocol/bookingtext.h"
#include "ui/common/rowlistview.h"
#include "ui/dashboard/bookingsmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ow {

namespace {

QTableView *table(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    setUpRowList(view, name, model);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

BookingsPage::BookingsPage(HallClient *client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_clock([] { return QDateTime::currentDateTimeUtc(); }),
      m_slotsModel(new BookingSlotsModel(this)),
      m_bookingsModel(new BookingsModel(this)),
      m_service(new QComboBox(this)),
      m_date(new QDateEdit(this)),
      m_slotTable(table(m_slotsModel, QStringLiteral("bookingSlotTable"), this)),
      m_name(new QLineEdit(this)),
      m_phone(new QLineEdit(this)),
      m_book(new QPushButton(tr("Book the selected slot"), this)),
      m_sms(new QPlainTextEdit(this)),
      m_query(new QLineEdit(this)),
      m_found(table(m_bookingsModel, QStringLiteral("bookingTable"), this)),
      m_move(new QPushButton(tr("Move to the selected slot"), this)),
      m_cancel(new QPushButton(tr("Cancel booking"), this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("bookingsPage"));
    m_service->setObjectName(QStringLiteral("bookingService"));
    m_date->setObjectName(QStringLiteral("bookingDay"));
    m_name->setObjectName(QStringLiteral("bookingName"));
    m_phone->setObjectName(QStringLiteral("bookingPhone"));
    m_book->setObjectName(QStringLiteral("bookingBookButton"));
    m_sms->setObjectName(QStringLiteral("bookingSmsText"));
    m_query->setObjectName(QStringLiteral("bookingQuery"));
    m_move->setObjectName(QStringLiteral("bookingMoveButton"));
    m_cancel->setObjectName(QStringLiteral("bookingCancelButton"));
    m_message->setObjectName(QStringLiteral("bookingMessage"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(m_clock().date());
    m_name->setMaxLength(50);
    m_name->setPlaceholderText(tr("Name"));
    m_phone->setMaxLength(16);
    m_phone->setPlaceholderText(tr("Mobile or landline with area code"));
    m_query->setMaxLength(50);
    m_query->setPlaceholderText(tr("Booking code, phone or name"));
    m_sms->setReadOnly(true);
    m_sms->setPlaceholderText(tr("The SMS to send appears here after booking."));
    m_sms->setMaximumHeight(80);
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto *choose = new QHBoxLayout;
    choose->addWidget(new QLabel(tr("Service"), this));
    choose->addWidget(m_service, 1);
    choose->addWidget(new QLabel(tr("Day"), this));
    choose->addWidget(m_date);
    auto *person = new QFormLayout;
    person->addRow(tr("Name"), m_name);
    person->addRow(tr("Phone"), m_phone);
    person->addRow(m_book);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_query, 1);
    auto *findButton = new QPushButton(tr("Find"), this);
    findButton->setObjectName(QStringLiteral("bookingFindButton"));
    findRow->addWidget(findButton);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_move);
    actions->addWidget(m_cancel);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_slotTable, 1);
    layout->addLayout(person);
    layout->addWidget(m_sms);
    layout->addLayout(findRow);
    layout->addWidget(m_found, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);

    connect(m_service, &QComboBox::currentIndexChanged, this, &BookingsPage::refreshSlots);
    connect(m_date, &QDateEdit::dateChanged, this, &BookingsPage::refreshSlots);
    connect(m_book, &QPushButton::clicked, this, &BookingsPage::book);
    connect(findButton, &QPushButton::clicked, this, &BookingsPage::find);
    connect(m_query, &QLineEdit::returnPressed, this, &BookingsPage::find);
    connect(m_move, &QPushButton::clicked, this, &BookingsPage::moveSelected);
    connect(m_cancel, &QPushButton::clicked, this, &BookingsPage::cancelSelected);
    if (m_client) {
        // The hall's services with each fresh snapshot; the slots again when any desk books, moves or cancels.
        const auto offerServices = [this] {
            QList<QPair<QString, QString>> services;
            for (const HallServiceInfo &s : m_client->snapshot().services)
                services.append({s.code, s.name});
            setServices(services);
        };
        connect(m_client, &HallClient::snapshotReset, this, offerServices);
        connect(m_client, &HallClient::eventReceived, this, [this](const HallEvent &e) {
            if (e.type.startsWith(QStringLiteral("booking_")))
                refreshSlots();
        });
        if (m_client->isOnline())
            offerServices();
    }
}

void BookingsPage::setServices(const QList<QPair<QString, QString>> &services)
{
    const QString current = m_service->currentData().toString();
    {
        const QSignalBlocker blocker(m_service);
        m_service->clear();
        for (const auto &[code, name] : services)
            m_service->addItem(code + QStringLiteral(" ") + name, code);
        m_service->setCurrentIndex(std::max(0, m_service->findData(current)));
    }
    refreshSlots();
}

QString BookingsPage::smsText() const
{
    return m_sms->toPlainText();
}

void BookingsPage::refreshSlots()
{
    const QString service = m_service->currentData().toString();
    if (!m_client || service.isEmpty())
        return;
    // Only the answer to the latest choice counts: requests run in parallel and may answer out of order.
    const int request = ++m_slotsRequest;
    connect(m_client->fetchBookingSlots(service, m_date->date()), &HallReply::finished, this,
            [this, request](const HallResult &r) {
                if (request != m_slotsRequest)
                    return;
                HallBookingDay day;
                QString error;
                if (!r.ok() || !readBookingDay(r.body, &day, &error)) {
                    m_slotsModel->setSlots({});
                    showError(tr("The slots could not be read from the hall: %1").arg(r.ok() ? error : r.errorMessage));
                    Q_EMIT slotsShown();
                    return;
                }
                m_day = day;
                m_slotsModel->setSlots(day.slotList);
                m_message->setVisible(false);
                Q_EMIT slotsShown();
            });
}

void BookingsPage::find()
{
    if (!m_client)
        return;
    const int request = ++m_findRequest;
    connect(m_client->findBookings({}, m_query->text().trimmed()), &HallReply::finished, this,
            [this, request](const HallResult &r) {
                if (request != m_findRequest)
                    return;
                QList<HallBooking> list;
                QString error;
                if (!r.ok() || !readBookings(r.body, &list, &error)) {
                    showError(tr("The bookings could not be read from the hall: %1").arg(r.ok() ? error : r.errorMessage));
                } else {
                    m_bookingsModel->setBookings(list, m_day.timeZone.isValid() ? m_day.timeZone : QTimeZone::systemTimeZone());
                }
                Q_EMIT bookingsShown();
            });
}

void BookingsPage::book()
{
    const QString slot = selectedKey(m_slotTable);
    if (slot.isEmpty() || !m_client) {
        showError(tr("Choose a slot with free places first."));
        return;
    }
    const QDateTime start = QDateTime::fromString(slot, Qt::ISODate);
    connect(m_client->createBooking(m_day.service, start, m_name->text().trimmed(), m_phone->text().trimmed()),
            &HallReply::finished, this, [this](const HallResult &r) {
                HallBooking b;
                QString error;
                if (r.ok() && readBooking(r.body, &b, &error)) {
                    m_sms->setPlainText(bookingSmsText({m_day.hallName, m_day.serviceName, b.code, b.slotStart, b.slotEnd,
                                                        m_day.timeZone, m_day.earlyMinutes, m_day.lateMinutes}));
                    m_name->clear();
                    m_phone->clear();
                    m_query->setText(b.code); // finished() lists it
                }
                finished(r, tr("Booked"));
            });
}

void BookingsPage::moveSelected()
{
    const QString code = selectedKey(m_found);
    const QString slot = selectedKey(m_slotTable);
    if (code.isEmpty() || slot.isEmpty() || !m_client) {
        showError(tr("Choose a booking in the list and a slot above first."));
        return;
    }
    connect(m_client->moveBooking(code, QDateTime::fromString(slot, Qt::ISODate)), &HallReply::finished, this,
            [this](const HallResult &r) { finished(r, tr("Moved")); });
}

void BookingsPage::cancelSelected()
{
    const int row = selectedRow(m_found);
    if (row < 0 || !m_client) {
        showError(tr("Choose a booking in the list first."));
        return;
    }
    const QString code = m_bookingsModel->keyAt(row);
    // A cancel gives the place away and cannot be taken back (the applicant would have to book again),
    // so the clerk sees whose booking it is before it goes. No is the default: Return does not cancel.
    const auto cell = [this, row](int column) { return m_bookingsModel->text(row, column); };
    QMessageBox box(
        QMessageBox::Question, tr("Cancel booking"),
        tr("Cancel booking %1 of %2, %3 %4? Its place goes to others.")
            .arg(code, cell(BookingsModel::NameColumn), cell(BookingsModel::DayColumn), cell(BookingsModel::TimeColumn)),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("bookingCancelConfirm"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;
    connect(m_client->cancelBooking(code), &HallReply::finished, this,
            [this](const HallResult &r) { finished(r, tr("Cancelled")); });
}

void BookingsPage::finished(const HallResult &r, const QString &what)
{
    if (!r.ok()) {
        const QString text = tr("Not done: %1").arg(r.errorMessage);
        showError(text);
        Q_EMIT done(false, text);
        return;
    }
    m_message->setText(what);
    m_message->setStyleSheet({});
    m_message->setVisible(true);
    refreshSlots();
    if (!m_query->text().isEmpty() || m_bookingsModel->rowCount() > 0)
        find();
    Q_EMIT done(true, what);
}

void BookingsPage::showError(const QString &text)
{
    m_message->setText(text);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setVisible(true);
}

int BookingsPage::selectedRow(QTableView *view) const
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

QString BookingsPage::selectedKey(QTableView *view) const
{
    const int row = selectedRow(view);
    return row < 0 ? QString() : static_cast<CellTableModel *>(view->model())->keyAt(row);
}

} // namespace ow
