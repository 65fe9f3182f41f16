#include "core/api/ProtocolState.h"

#include <QHash>

namespace vcdesk::protocolstate {

namespace {

const QHash<QString, ProtocolState> &names()
{
    static const QHash<QString, ProtocolState> table{
        {QStringLiteral("OfferPending"), ProtocolState::OfferPending},
        {QStringLiteral("OfferSent"), ProtocolState::OfferSent},
        {QStringLiteral("OfferReceived"), ProtocolState::OfferReceived},
        {QStringLiteral("RequestPending"), ProtocolState::RequestPending},
        {QStringLiteral("RequestSent"), ProtocolState::RequestSent},
        {QStringLiteral("RequestReceived"), ProtocolState::RequestReceived},
        {QStringLiteral("CredentialPending"), ProtocolState::CredentialPending},
        {QStringLiteral("CredentialGenerated"), ProtocolState::CredentialGenerated},
        {QStringLiteral("CredentialSent"), ProtocolState::CredentialSent},
        {QStringLiteral("CredentialReceived"), ProtocolState::CredentialReceived},
        {QStringLiteral("ProblemReportPending"), ProtocolState::ProblemReportPending},
        {QStringLiteral("ProblemReportSent"), ProtocolState::ProblemReportSent},
        {QStringLiteral("ProblemReportReceived"), ProtocolState::ProblemReportReceived}};
    return table;
}

} // namespace

ProtocolState fromName(const QString &name)
{
    return names().value(name, ProtocolState::Unknown);
}

QString name(ProtocolState state)
{
    return names().key(state, QStringLiteral("Unknown"));
}

bool isFinal(ProtocolState state)
{
    return state == ProtocolState::CredentialReceived || state == ProtocolState::CredentialSent ||
           state == ProtocolState::ProblemReportSent ||
           state == ProtocolState::ProblemReportReceived;
}

} // namespace vcdesk::protocolstate
