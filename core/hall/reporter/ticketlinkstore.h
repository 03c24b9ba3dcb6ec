#pragma once
// The case-to-ticket links a window has sent to the hall and not yet seen confirmed, in the window's own
// database (schema 8). TicketCaseLinker adds a link before sending it, removes it once the hall confirms
// it or refuses it for good, and sends what is left again after a restart of the window program.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

class Database;

struct PendingTicketLink {
    QString ticketId;
    QString ticketCode;
    QStringList caseNumbers;
};

class TicketLinkStore
{
public:
    explicit TicketLinkStore(Database &database);

    // Keeps the link until remove(); adding a case again replaces its ticket (the latest decision wins).
    bool add(const PendingTicketLink &link, QString *error = nullptr);
    bool remove(const QStringList &caseNumbers, QString *error = nullptr);
    // Oldest first, the cases of one ticket together in one link, in the order they were added.
    QList<PendingTicketLink> pending() const;

private:
    Database &m_database;
};

} // namespace ow
