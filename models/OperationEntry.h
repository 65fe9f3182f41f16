#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace vcdesk {

/// One action an operator took at a service, for the operations history: when, who (the
/// person at this computer), with which account, what (the action and what it acted on) and
/// how it ended (ok, or the sentence that said why not). Never a secret: the console builds
/// entries from names and ids, and takes every secret it used out of the outcome.
struct OperationEntry
{
    QDateTime when;
    QString who;
    QString account;
    QString action;
    QString target;
    bool ok = false;
    QString outcome;

    QJsonObject toJson() const;
    /// Strict: a line that is not an entry (damaged file, other program) is nullopt.
    static std::optional<OperationEntry> fromJson(const QJsonObject &json);
};

} // namespace vcdesk
