#pragma once

#include "core/credential/Credential.h"
#include "core/verify/InspectOptions.h"
#include "core/verify/ValidationReport.h"

#include <QCoreApplication>

namespace vcdesk {

/// CredentialStatus for StatusList2021, BitstringStatusList and RevocationList2020 entries:
/// the list credential is fetched (or taken from the cache: fresh for five minutes, and
/// used when offline), verified like any credential (it must be valid now, by the wall clock
/// whatever time the credential is judged at, and come from the same issuer), its list decoded and
/// decompressed under a size cap, and the bit read. A set revocation or suspension bit fails the
/// check (and marks the report revoked or suspended); no list at all makes it unknown. A JWT's
/// `status.status_list` goes to TokenStatusListCheck; an SD-JWT VC's `status` with any selectively
/// disclosable part fails (a holder could withhold the entry that says revoked).
class StatusListCheck
{
    Q_DECLARE_TR_FUNCTIONS(StatusListCheck)
public:
    static constexpr qsizetype kMaxListBytes = 16 * 1024 * 1024;

    static void run(const Credential &credential, const InspectOptions &options,
                    ValidationReport &report);

private:
    struct Entry
    {
        QString type;
        QString url;
        QString purpose;
        qint64 index = -1;
    };

    /// `revocation` becomes Revoked or Suspended when the list's bit says so (by its purpose).
    static CheckResult checkEntry(const QJsonObject &json, const Credential &credential,
                                  const InspectOptions &options, Revocation &revocation);
    static Result<Entry> readEntry(const QJsonObject &json);
    static Result<bool> readBit(const QString &encodedList, qint64 index);
};

} // namespace vcdesk
