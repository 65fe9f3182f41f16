#pragma once

#include "core/common/Result.h"
#include "core/store/CredentialRecord.h"
#include "core/verify/InspectOptions.h"
#include "core/verify/Inspection.h"

#include <QCoreApplication>
#include <QList>

namespace vcdesk {

/// Turns what a user imports into wallet records: finds the credentials in the input (the
/// input itself, or the contents of a service wrapper such as an issuer-agent record),
/// inspects each with every check, and fills the listing fields and the verdict.
/// Presentations and bare JWS are refused: a wallet keeps credentials.
class CredentialImporter
{
    Q_DECLARE_TR_FUNCTIONS(CredentialImporter)
public:
    static constexpr qsizetype kMaxInputBytes = 4 * 1024 * 1024;

    static Result<QList<QByteArray>> extract(QByteArrayView input);
    /// `inspection`, when given, receives what the checks found (for a page that shows the
    /// report before anything is stored).
    static Result<CredentialRecord> prepare(QByteArrayView raw, const InspectOptions &options,
                                            const QString &sourceKind, const QString &sourceRef,
                                            Inspection *inspection = nullptr);
};

} // namespace vcdesk
