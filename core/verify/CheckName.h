#pragma once

#include <QString>

namespace vcdesk::CheckName {

/// The names of the checks in a validation report: stable identifiers that programs, the
/// JSON output and tests rely on (shown to people through the verdict wording, not as is).
inline const QString SignatureVerification = QStringLiteral("SignatureVerification");
inline const QString IssuerIsSigner = QStringLiteral("IssuerIsSigner");
inline const QString ValidityPeriod = QStringLiteral("ValidityPeriod");
inline const QString CredentialStatus = QStringLiteral("CredentialStatus");
inline const QString SchemaConformance = QStringLiteral("SchemaConformance");
inline const QString TrustRegistryMembership = QStringLiteral("TrustRegistryMembership");
inline const QString Disclosures = QStringLiteral("Disclosures");
inline const QString KeyBinding = QStringLiteral("KeyBinding");
inline const QString HolderBinding = QStringLiteral("HolderBinding");
inline const QString ClaimsConsistency = QStringLiteral("ClaimsConsistency");
inline const QString NestedCredentials = QStringLiteral("NestedCredentials");
inline const QString Readable = QStringLiteral("Readable");

} // namespace vcdesk::CheckName
