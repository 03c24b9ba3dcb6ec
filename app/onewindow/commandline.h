#pragma once
// onewindow's settings, read once from the command line and the configuration files (README, "Configuration");
// each role takes what it needs from them.

#include "core/voice/announcement.h"

#include <QLocale>
#include <QStringList>

#include <optional>

class QApplication;

namespace ow {

struct CommandLine {
    bool demo = false;
    QString role; // clerk (default), kiosk, board, rating or supervisor
    std::optional<QString> databasePath;
    QString hallCode;
    std::optional<QString> hallName;
    std::optional<QString> queryLink; // the progress-lookup address the documents' QR codes hold, {code} in it
    int window = 1;
    std::optional<QString> user;
    QStringList calendarFiles;
    std::optional<QString> query;
    QString printMode;
    std::optional<QString> documentsDir;
    std::optional<QString> platformUrl;
    std::optional<QString> tokenFile;
    QString caFile;
    bool allowInsecure = false;
    std::optional<QString> hallService;
    std::optional<QString> hallTokenFile;
    std::optional<QString> hallWindow;
    QString ticketPrinter;
    int kioskTicketSeconds = 8;          // how long the kiosk shows a ticket before clearing it
    std::optional<VoiceLanguages> voice; // nullopt: --voice was not understood
    bool newDatabase = false;
    std::optional<int> retentionPayloadDays; // over the settings file's [retention] (docs/adr/0023-retention.md)
    std::optional<int> retentionPersonalDays;
    std::optional<int> retentionDocumentDays;
    QStringList configFiles;    // the configuration files read, in order (core/config/counterconfig.h)
    QStringList configProblems; // their problems, one "FILE:LINE: key: message" each; the program refuses to start
};

// The language must be known before any option text is translated, so --lang is read first by hand.
QLocale localeFromArguments(const QStringList &arguments);

// Exits the program on --help, --version and unknown options, as QCommandLineParser::process does.
CommandLine parseCommandLine(const QApplication &app);

} // namespace ow
