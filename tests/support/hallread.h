#pragma once
// A hall object that a test built, or that the real hall service sent, read through the product's reader:
// the test stops with the reader's words when it does not read.

#include <QJsonObject>
#include <QString>

#include <catch2/catch.hpp>

namespace owtest {

template <typename T>
T hallRead(const QJsonObject &o)
{
    T value;
    QString problem;
    if (!T::fromJson(o, &value, &problem))
        FAIL("the hall object does not read: " << problem.toStdString());
    return value;
}

} // namespace owtest
