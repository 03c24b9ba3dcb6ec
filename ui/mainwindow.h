#pragma once
// The clerk's main window. It only composes feature widgets; each feature lives in its own folder.

#include "domain/catalogdata.h"

#include <QMainWindow>

namespace ow {

class CatalogBrowser;

// What the status bar tells the clerk about where this window stands.
struct WindowStation {
    QString hallCode;
    int window = 0;
    QString clerk;
    QString databasePath;
    QString calendarWarning; // e.g. no holiday data for the current year; empty when all is well
};

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const WindowStation &station, QWidget *parent = nullptr);

    void setCatalog(const CatalogData &catalog);
    CatalogBrowser *catalogBrowser() const { return m_browser; }

private:
    void createMenus();

    CatalogBrowser *m_browser;
};

} // namespace ow
