// The widget tests' precompiled header: the core one and the widget headers they share. Not QtTest: its headers
// read QT_TESTCASE_BUILDDIR, which differs from one test folder to the next, and would void the header
// for every program but one (see test_pch.h).
#pragma once

#include "tests/support/test_pch.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QWidget>
