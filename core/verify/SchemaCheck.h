#pragma once

#include "core/credential/Credential.h"
#include "core/verify/InspectOptions.h"
#include "core/verify/ValidationReport.h"

#include <QCoreApplication>

namespace vcdesk {

/// SchemaConformance: each credentialSchema of type JsonSchema or JsonSchemaValidator2018 is
/// fetched (or taken from the document cache) and applied to the credential. A violation
/// fails; a schema that cannot be fetched or fully evaluated leaves the check unknown.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)
public:
    static void run(const Credential &credential, const InspectOptions &options,
                    ValidationReport &report);

private:
    static CheckResult checkOne(const QJsonObject &reference, const Credential &credential,
                                const InspectOptions &options);
};

} // namespace vcdesk
