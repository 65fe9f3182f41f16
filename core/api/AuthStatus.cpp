#include "core/api/AuthStatus.h"

#include <QCoreApplication>
#include <QHash>

namespace vcdesk {

Result<AuthStatus::State> AuthStatus::stateFrom(const QString &name)
{
    static const QHash<QString, State> table{
        {QStringLiteral("created"), State::Created},
        {QStringLiteral("authorization_request_created"), State::Created},
        {QStringLiteral("sent"), State::Sent},
        {QStringLiteral("authorization_request_retrieved"), State::Sent},
        {QStringLiteral("request_retrieved"), State::Sent},
        {QStringLiteral("received"), State::Received},
        {QStringLiteral("authorization_response_received"), State::Received},
        {QStringLiteral("response_received"), State::Received},
        {QStringLiteral("verified"), State::Verified},
        {QStringLiteral("authorization_response_verified"), State::Verified},
        {QStringLiteral("error"), State::Error},
        {QStringLiteral("failed"), State::Error},
        {QStringLiteral("expired"), State::Error}};
    const auto it = table.constFind(name.trimmed().toLower());
    if (it == table.cend())
        return Error{QStringLiteral("api.unknown_status"),
                     QCoreApplication::translate("AuthStatus",
                                                 "the verifier reports an unknown status \"%1\"")
                         .arg(name.left(60))};
    return it.value();
}

QString AuthStatus::nameOf(State state)
{
    switch (state) {
    case State::Created:
        return QStringLiteral("created");
    case State::Sent:
        return QStringLiteral("sent");
    case State::Received:
        return QStringLiteral("received");
    case State::Verified:
        return QStringLiteral("verified");
    case State::Error:
        break;
    }
    return QStringLiteral("error");
}

Result<AuthStatus> AuthStatus::fromJson(const QJsonObject &json)
{
    AuthStatus status;
    status.correlationId = json.value(QStringLiteral("correlationId")).toString();
    status.definitionId = json.value(QStringLiteral("definitionId")).toString();
    status.stateName = json.value(QStringLiteral("status")).toString();
    auto state = stateFrom(status.stateName);
    if (!state)
        return state.error();
    status.state = state.value();
    status.lastUpdatedMs = json.value(QStringLiteral("lastUpdated")).toInteger();
    status.payload = json.value(QStringLiteral("payload")).toObject();
    status.verifiedData = json.value(QStringLiteral("verifiedData")).toObject();
    status.error = json.value(QStringLiteral("error")).toString();
    status.attempts = qBound(0, json.value(QStringLiteral("attempts")).toInt(), 1 << 20);
    // "If status is verified the payload property should be defined" (seed 002).
    if (status.state == State::Verified && status.payload.isEmpty())
        return Error{QStringLiteral("api.invalid_answer"),
                     QCoreApplication::translate(
                         "AuthStatus", "the verifier says verified but sends no payload")};
    return status;
}

} // namespace vcdesk
