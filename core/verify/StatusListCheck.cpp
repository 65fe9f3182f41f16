#include "core/verify/StatusListCheck.h"

#include "core/common/Clock.h"

#include "core/codec/Base64Url.h"
#include "core/codec/Gzip.h"
#include "core/codec/Multibase.h"
#include "core/common/DisplayText.h"
#include "core/did/DidUrl.h"
#include "core/verify/CachedFetch.h"
#include "core/verify/CheckName.h"
#include "core/verify/CredentialInspector.h"
#include "core/verify/TokenStatusListCheck.h"

#include <QJsonArray>

namespace vcdesk {

namespace {

using Outcome = CheckResult::Outcome;

qint64 integerMember(const QJsonObject &json, const char *name)
{
    const QJsonValue value = json.value(QLatin1String(name));
    if (value.isDouble())
        return value.toDouble() >= 0 && value.toDouble() == qint64(value.toDouble())
                   ? qint64(value.toDouble())
                   : -1;
    bool ok = false;
    const qint64 n = value.toString().toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}

/// Whether an SD-JWT's signed JSON leaves room for disclosures here: an "_sd" digest list in
/// an object, or a {"...": digest} element of an array.
bool hasDisclosableParts(const QJsonValue &value, int depth)
{
    if (depth > 32)
        return true; // deeper than anything vcdesk reads: not looked through, so not trusted
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.contains(QStringLiteral("_sd")) ||
            (object.size() == 1 && object.contains(QStringLiteral("..."))))
            return true;
        for (const QJsonValue &member : object)
            if (hasDisclosableParts(member, depth + 1))
                return true;
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            if (hasDisclosableParts(element, depth + 1))
                return true;
    }
    return false;
}

} // namespace

void StatusListCheck::run(const Credential &credential, const InspectOptions &options,
                          ValidationReport &report)
{
    if (credential.status.isUndefined() || credential.status.isNull())
        return;
    const QJsonArray entries =
        credential.status.isArray() ? credential.status.toArray() : QJsonArray{credential.status};
    if (entries.isEmpty()) {
        // An empty list names no status to look up: it is not a status that was checked.
        report.add(CheckName::CredentialStatus, Outcome::Unknown,
                   tr("the credential's credentialStatus lists no entry, so its status cannot "
                      "be checked"));
        return;
    }
    // An SD-JWT VC's status is for the issuer alone to state: were any part of it selectively
    // disclosable, a holder could leave out the entry that says "revoked".
    if (credential.sdJwt) {
        const QJsonValue issued = credential.jwtClaims.object().value(QStringLiteral("status"));
        if (!issued.isObject() || hasDisclosableParts(issued, 0)) {
            report.add(CheckName::CredentialStatus, Outcome::Fail,
                       tr("the SD-JWT VC's status is not one object its issuer signed in full: "
                          "a holder could withhold parts of it"));
            return;
        }
    }
    QList<CheckResult> parts;
    for (qsizetype i = 0; i < entries.size() && i < 8; ++i) {
        Revocation said = Revocation::None;
        const QJsonObject entry = entries.at(i).toObject();
        // An SD-JWT VC's (or any JWT's) "status": {"status_list": {idx, uri}} is an IETF Token
        // Status List reference; the W3C entries name their type.
        parts << (entry.contains(QStringLiteral("status_list")) &&
                          !entry.contains(QStringLiteral("type"))
                      ? TokenStatusListCheck::check(entry.value(QStringLiteral("status_list")),
                                                    credential, options, said)
                      : checkEntry(entry, credential, options, said));
        report.markRevocation(said);
    }
    if (entries.size() > 8)
        parts << CheckResult{CheckName::CredentialStatus, Outcome::Fail,
                             tr("more than 8 status entries; refusing the rest")};
    report.addCombined(CheckName::CredentialStatus, parts);
}

Result<StatusListCheck::Entry> StatusListCheck::readEntry(const QJsonObject &json)
{
    Entry entry;
    entry.type = json.value(QStringLiteral("type")).toString();
    if (entry.type == QLatin1String("StatusList2021Entry") ||
        entry.type == QLatin1String("BitstringStatusListEntry")) {
        entry.url = json.value(QStringLiteral("statusListCredential")).toString();
        entry.index = integerMember(json, "statusListIndex");
        entry.purpose = json.value(QStringLiteral("statusPurpose")).toString().toLower();
    } else if (entry.type == QLatin1String("RevocationList2020Status")) {
        entry.url = json.value(QStringLiteral("revocationListCredential")).toString();
        entry.index = integerMember(json, "revocationListIndex");
        entry.purpose = QStringLiteral("revocation");
    } else if (entry.type.isEmpty()) {
        // No type: a JWT "status" with a mechanism other than status_list, or no entry at all.
        return Error{QStringLiteral("status.unsupported"),
                     tr("the status names no mechanism vcdesk checks (%1)")
                         .arg(DisplayText::escape(json.keys().join(QStringLiteral(", ")), 80))};
    } else {
        return Error{QStringLiteral("status.unsupported"),
                     tr("status type \"%1\" is not one vcdesk checks").arg(entry.type.left(60))};
    }
    if (entry.url.isEmpty() || entry.index < 0)
        return Error{QStringLiteral("status.invalid"),
                     tr("the %1 entry lacks a list URL or a valid index").arg(entry.type)};
    return entry;
}

CheckResult StatusListCheck::checkEntry(const QJsonObject &json, const Credential &credential,
                                        const InspectOptions &options, Revocation &revocation)
{
    auto entry = readEntry(json);
    if (!entry)
        return {CheckName::CredentialStatus,
                entry.error().code == QLatin1String("status.invalid") ? Outcome::Fail
                                                                      : Outcome::Unknown,
                entry.error().message};
    auto fetched = CachedFetch::get(entry->url, options, CachedFetch::kMaxStatusListBytes);
    if (!fetched)
        return {CheckName::CredentialStatus, Outcome::Unknown,
                tr("cannot get a current status list: %1").arg(fetched.error().message)};
    const QString provenance = fetched->provenance;

    InspectOptions listOptions = options;
    listOptions.checkStatus = false;
    // The list speaks of now, whatever time the credential is judged at (--at): a list that
    // has expired is no current answer, even for a credential judged at an earlier time.
    listOptions.at = QDateTime();
    auto list = CredentialInspector::inspect(fetched->bytes, listOptions);
    if (!list)
        return {CheckName::CredentialStatus, Outcome::Fail,
                tr("the status list is unreadable: %1").arg(list.error().message)};
    const auto verdict = list->report.verdict();
    if (verdict != ValidationReport::Verdict::Valid) {
        const CheckResult *validity = list->report.check(CheckName::ValidityPeriod);
        const bool onlyStale =
            validity && validity->outcome == Outcome::Fail &&
            list->report.check(CheckName::SignatureVerification) &&
            list->report.check(CheckName::SignatureVerification)->outcome == Outcome::Pass;
        return {CheckName::CredentialStatus,
                verdict == ValidationReport::Verdict::Invalid && !onlyStale ? Outcome::Fail
                                                                            : Outcome::Unknown,
                onlyStale ? tr("the status list has expired (%1)").arg(validity->detail)
                          : tr("the status list credential is %1").arg(VerdictName::of(verdict))};
    }
    // A copy from the cache counts only while the list itself is still valid by the wall clock
    // (checks evaluated at another time with --at do not make an expired copy current).
    if (fetched->fromCache && list->validUntil.isValid() && list->validUntil <= Clock::now())
        return {CheckName::CredentialStatus, Outcome::Unknown,
                tr("the cached status list expired at %1 and no current one could be fetched")
                    .arg(list->validUntil.toUTC().toString(Qt::ISODate))};
    if (DidUrl::identityOf(list->issuer) != DidUrl::identityOf(credential.issuer))
        return {CheckName::CredentialStatus, Outcome::Fail,
                tr("the status list is issued by %1, not by the credential's issuer")
                    .arg(list->issuer.left(80))};
    const QJsonObject subject = list->claims.toObject();
    const QString listPurpose = subject.value(QStringLiteral("statusPurpose")).toString().toLower();
    if (!listPurpose.isEmpty() && listPurpose != entry->purpose)
        return {CheckName::CredentialStatus, Outcome::Fail,
                tr("the entry's purpose \"%1\" differs from the list's \"%2\"")
                    .arg(entry->purpose, listPurpose)};
    auto bit = readBit(subject.value(QStringLiteral("encodedList")).toString(), entry->index);
    if (!bit)
        return {CheckName::CredentialStatus, Outcome::Fail, bit.error().message};
    if (bit.value()) {
        if (entry->purpose == QLatin1String("revocation") ||
            entry->purpose == QLatin1String("suspension")) {
            revocation = entry->purpose == QLatin1String("revocation") ? Revocation::Revoked
                                                                       : Revocation::Suspended;
            return {
                CheckName::CredentialStatus, Outcome::Fail,
                entry->purpose == QLatin1String("revocation")
                    ? tr("revoked (index %1 of the list, %2)").arg(entry->index).arg(provenance)
                    : tr("suspended (index %1 of the list, %2)").arg(entry->index).arg(provenance)};
        }
        return {CheckName::CredentialStatus, Outcome::Unknown,
                tr("status bit set for purpose \"%1\"").arg(entry->purpose.left(40))};
    }
    return {
        CheckName::CredentialStatus, Outcome::Pass,
        tr("not %1 (index %2, list %3)")
            .arg(entry->purpose == QLatin1String("suspension") ? tr("suspended") : tr("revoked"))
            .arg(entry->index)
            .arg(provenance)};
}

Result<bool> StatusListCheck::readBit(const QString &encodedList, qint64 index)
{
    if (encodedList.isEmpty())
        return Error{QStringLiteral("status.no_list"), tr("the status list has no encodedList")};
    const QByteArray text = encodedList.toLatin1();
    // BitstringStatusList uses multibase ('u' base64url); StatusList2021 plain base64url;
    // some RevocationList2020 issuers use standard base64.
    Result<QByteArray> compressed = Base64Url::decode(text);
    if (!compressed && text.startsWith('u'))
        compressed = Multibase::decode(text);
    if (!compressed) {
        const auto standard =
            QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!standard)
            return Error{QStringLiteral("status.encoding"),
                         tr("the status list's encodedList is not base64")};
        compressed = standard.decoded;
    }
    auto bits = Gzip::decompress(compressed.value(), kMaxListBytes);
    if (!bits)
        return Error{bits.error().code,
                     tr("the status list cannot be decompressed: %1").arg(bits.error().message)};
    if (index / 8 >= bits->size())
        return Error{
            QStringLiteral("status.index"),
            tr("index %1 lies beyond the list's %2 entries").arg(index).arg(bits->size() * 8)};
    // Index 0 is the left-most (most significant) bit of the first byte.
    return ((static_cast<unsigned char>(bits->at(index / 8)) >> (7 - index % 8)) & 1) != 0;
}

} // namespace vcdesk
