#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace vcdesk {

/// A credential's claims as rows a printed page can hold: each leaf value with its path
/// ("degree.name", "nationalities[1]"). Raw (from the token): the page escapes them. Stops
/// after kMaxRows rows and below kMaxDepth levels, with a last row that says so, so a hostile
/// token cannot make a report of a million pages.
class ClaimPaths
{
public:
    static constexpr int kMaxRows = 500;
    static constexpr int kMaxDepth = 16;

    struct Row
    {
        QString path;
        QString value;
    };

    static QList<Row> of(const QJsonValue &claims);
};

} // namespace vcdesk
