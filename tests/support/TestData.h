#pragma once

// Helpers shared by the tests: the data folder and small loaders.

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QtTest>

namespace vcdesk::test {

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(VCDESK_TEST_DATA "/") + relative;
}

inline QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relative));
    return file.readAll();
}

/// Test vectors are trusted input, read with Qt's own parser.
inline QJsonObject readJson(const QString &relative)
{
    return QJsonDocument::fromJson(readData(relative)).object();
}

/// Writes `bytes` to `name` in `folder` (replacing it); its path.
inline QString writeFile(const QString &folder, const QString &name, const QByteArray &bytes)
{
    QFile file(folder + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(name));
    file.write(bytes);
    return file.fileName();
}

} // namespace vcdesk::test
