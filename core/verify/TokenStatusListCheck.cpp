#include "core/verify/TokenStatusListCheck.h"

#include "core/codec/Base64Url.h"
#include "core/codec/Gzip.h"
#include "core/common/Clock.h"
#include "core/common/DisplayText.h"
#include "core/did/DidUrl.h"
#include "core/jose/CompactJws.h"
#include "core/verify/CachedFetch.h"
#include "core/verify/CheckName.h"
#include "core/verify/JwsSignatureCheck.h"
#include "core/verify/ValidationReport.h"
#include "core/verify/ValidityCheck.h"

#include <QJsonObject>

#include <algorithm>

namespace vcdesk {

namespace {

using Outcome = CheckResult::Outcome;

/// A JSON integer in [0, 2^53] (the draft's "non-negative Integer"); -1 otherwise. A string
/// of digits is no integer here: the draft says Integer, and a lenient reading is a second
/// reading an issuer did not sign for.
qint64 nonNegativeInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return -1;
    const double number = value.toDouble();
    return number >= 0 && number <= 9007199254740992.0 && number == double(qint64(number))
               ? qint64(number)
               : -1;
}

/// RFC 1950: CMF says deflate with a window up to 32K, FLG makes the pair a multiple of 31, and
/// no preset dictionary. Gzip::decompress would also take a gzip stream; the draft says zlib.
bool isZlibStream(const QByteArray &data)
{
    if (data.size() < 2)
        return false;
    const auto cmf = quint8(data.at(0));
    const auto flg = quint8(data.at(1));
    return (cmf & 0x0f) == 8 && (cmf >> 4) <= 7 && (cmf * 256 + flg) % 31 == 0 && (flg & 0x20) == 0;
}

/// "statuslist+jwt", or with its "application/" prefix (RFC 7515 4.1.9), in any case.
bool isStatusListType(QString typ)
{
    typ = typ.toLower();
    if (typ.startsWith(QLatin1String("application/")))
        typ = typ.mid(12);
    return typ == QLatin1String("statuslist+jwt");
}

CheckResult result(Outcome outcome, const QString &detail)
{
    return {CheckName::CredentialStatus, outcome, detail};
}

} // namespace

CheckResult TokenStatusListCheck::check(const QJsonValue &reference, const Credential &credential,
                                        const InspectOptions &options, Revocation &revocation)
{
    const QJsonObject statusList = reference.toObject();
    const qint64 index = nonNegativeInteger(statusList.value(QStringLiteral("idx")));
    const QString uri = statusList.value(QStringLiteral("uri")).toString();
    if (!reference.isObject() || index < 0 || uri.isEmpty())
        return result(Outcome::Fail,
                      tr("the status_list reference needs a non-negative integer \"idx\" and a "
                         "\"uri\""));

    auto fetched = CachedFetch::get(uri, options, CachedFetch::kMaxStatusListBytes);
    if (!fetched)
        return result(
            Outcome::Unknown,
            tr("cannot get a current token status list: %1").arg(fetched.error().message));
    return checkList(fetched.value(), index, uri, credential, options, revocation, true);
}

CheckResult TokenStatusListCheck::checkList(const CachedFetch::Document &fetched, qint64 index,
                                            const QString &uri, const Credential &credential,
                                            const InspectOptions &options, Revocation &revocation,
                                            bool mayRefresh)
{
    const JwsLimits limits{CachedFetch::kMaxStatusListBytes,
                           JsonLimits{CachedFetch::kMaxStatusListBytes, 8, 1000, 1000}};
    auto jws = CompactJws::parse(fetched.bytes.trimmed(), limits);
    if (!jws)
        return result(Outcome::Fail, tr("the token status list at %1 is not a compact JWS: %2")
                                         .arg(uri.left(120), jws.error().message));
    if (!isStatusListType(jws->type()))
        return result(Outcome::Fail,
                      tr("the token status list is typed \"%1\", not \"statuslist+jwt\"")
                          .arg(jws->type().left(60)));
    auto claims = jws->payloadObject(limits.json);
    if (!claims)
        return result(
            Outcome::Fail,
            tr("the token status list's claims are unreadable: %1").arg(claims.error().message));

    // Who may say a credential is not revoked: only its issuer, with a key its DID names for
    // assertions. An "iss", where a list has one, must name the same issuer.
    const QJsonValue issuer = claims->value(QStringLiteral("iss"));
    if (!issuer.isUndefined() && (!issuer.isString() || DidUrl::identityOf(issuer.toString()) !=
                                                            DidUrl::identityOf(credential.issuer)))
        return result(Outcome::Fail,
                      tr("the token status list is issued by %1, not by the credential's issuer")
                          .arg(DisplayText::escape(issuer.toVariant().toString(), 80)));
    // The list speaks of now, whatever time the credential is judged at (--at).
    InspectOptions listOptions = options;
    listOptions.at = QDateTime();
    ValidationReport listReport;
    JwsSignatureCheck::run(jws.value(), credential.issuer, QStringLiteral("assertionMethod"),
                           listOptions, listReport);
    ValidityCheck::runOnJwtClaims(claims.value(), listOptions, listReport);
    const QJsonValue exp = claims->value(QStringLiteral("exp"));
    const bool expired = exp.isDouble() && Clock::now().addSecs(-options.clockSkewSeconds) >=
                                               QDateTime::fromSecsSinceEpoch(
                                                   qint64(qBound(0.0, exp.toDouble(), 1e12)));
    if (listReport.verdict() != ValidationReport::Verdict::Valid) {
        // Expired, and otherwise sound (signed by the issuer): no forgery, only out of date;
        // handled below. Anything else is the list's own fault.
        const auto &checks = listReport.checks();
        const bool onlyExpired =
            expired && std::all_of(checks.begin(), checks.end(), [](const CheckResult &check) {
                return check.outcome == Outcome::Pass || check.name == CheckName::ValidityPeriod;
            });
        if (!onlyExpired)
            return result(
                listReport.verdict() == ValidationReport::Verdict::Invalid ? Outcome::Fail
                                                                           : Outcome::Unknown,
                tr("the token status list is not valid (%1)").arg(listReport.firstProblem()));
    }
    if (claims->value(QStringLiteral("sub")).toString() != uri)
        return result(
            Outcome::Fail,
            tr("the token status list names itself \"%1\", not the %2 the credential "
               "points to")
                .arg(claims->value(QStringLiteral("sub")).toString().left(120), uri.left(120)));
    if (!claims->value(QStringLiteral("iat")).isDouble())
        return result(Outcome::Fail, tr("the token status list has no \"iat\""));
    const QJsonValue ttl = claims->value(QStringLiteral("ttl"));
    if (!ttl.isUndefined() && !(ttl.isDouble() && ttl.toDouble() > 0))
        return result(Outcome::Fail,
                      tr("the token status list's \"ttl\" is not a positive number"));

    // Out of date: expired, or a copy kept longer than the issuer's ttl. A cached one is
    // fetched again, once; if that fails, only a revocation still counts (it is final).
    const bool pastTtl =
        fetched.fromCache && ttl.isDouble() &&
        fetched.fetchedAt.addSecs(qint64(qMin(ttl.toDouble(), 1e12))) < Clock::now();
    QString outOfDate;
    if (expired || pastTtl) {
        if (mayRefresh && fetched.fromCache) {
            auto current = CachedFetch::refresh(uri, options, CachedFetch::kMaxStatusListBytes);
            if (current)
                return checkList(current.value(), index, uri, credential, options, revocation,
                                 false);
            outOfDate = expired ? tr("the token status list has expired and no current one "
                                     "could be fetched (%1)")
                                      .arg(current.error().message)
                                : tr("the token status list outlived its ttl of %1 s and no "
                                     "current one could be fetched (%2)")
                                      .arg(qint64(ttl.toDouble()))
                                      .arg(current.error().message);
        } else {
            outOfDate =
                expired
                    ? tr("the token status list has expired (%1)").arg(listReport.firstProblem())
                    : tr("the token status list outlived its ttl of %1 s")
                          .arg(qint64(ttl.toDouble()));
        }
    }

    const QJsonObject list = claims->value(QStringLiteral("status_list")).toObject();
    const QJsonValue bits = list.value(QStringLiteral("bits"));
    if (!list.value(QStringLiteral("lst")).isString() || !bits.isDouble())
        return result(Outcome::Fail,
                      tr("the token status list has no \"status_list\" with \"bits\" and \"lst\""));
    const qint64 width = nonNegativeInteger(bits);
    if (width != 1 && width != 2 && width != 4 && width != 8)
        return result(
            Outcome::Fail,
            tr("the token status list's \"bits\" is %1, not 1, 2, 4 or 8").arg(bits.toDouble()));
    auto status = readStatus(list.value(QStringLiteral("lst")).toString(), int(width), index);
    if (!status)
        return result(Outcome::Fail, status.error().message);
    const QString where = fetched.provenance;
    if (status.value() == 1) {
        revocation = Revocation::Revoked;
        return result(Outcome::Fail,
                      tr("revoked (index %1 of the list, %2)").arg(index).arg(where));
    }
    if (!outOfDate.isEmpty())
        return result(Outcome::Unknown, outOfDate);
    switch (status.value()) {
    case 0:
        return result(
            Outcome::Pass,
            tr("valid: not revoked or suspended (index %1, list %2)").arg(index).arg(where));
    case 2:
        revocation = Revocation::Suspended;
        return result(Outcome::Fail,
                      tr("suspended (index %1 of the list, %2)").arg(index).arg(where));
    default:
        break;
    }
    const bool applicationSpecific =
        status.value() == 3 || (status.value() >= 0x0c && status.value() <= 0x0f);
    return result(Outcome::Unknown,
                  (applicationSpecific
                       ? tr("the list gives index %1 the application-specific status 0x%2, which "
                            "vcdesk cannot interpret")
                       : tr("the list gives index %1 the status 0x%2, which no specification "
                            "defines yet"))
                      .arg(index)
                      .arg(status.value(), 2, 16, QLatin1Char('0')));
}

Result<int> TokenStatusListCheck::readStatus(const QString &lst, int bits, qint64 index)
{
    if (bits != 1 && bits != 2 && bits != 4 && bits != 8)
        return Error{QStringLiteral("status.bits"),
                     tr("the token status list's \"bits\" is %1, not 1, 2, 4 or 8").arg(bits)};
    auto compressed = Base64Url::decode(lst.toLatin1());
    if (!compressed)
        return Error{QStringLiteral("status.encoding"),
                     tr("the token status list's \"lst\" is not base64url")};
    if (!isZlibStream(compressed.value()))
        return Error{QStringLiteral("status.compression"),
                     tr("the token status list's \"lst\" is not a zlib stream")};
    auto bytes = Gzip::decompress(compressed.value(), kMaxListBytes);
    if (!bytes)
        return Error{
            bytes.error().code,
            tr("the token status list cannot be decompressed: %1").arg(bytes.error().message)};
    const qint64 entries = bytes->size() * 8 / bits;
    if (index >= entries)
        return Error{QStringLiteral("status.index"),
                     tr("index %1 lies beyond the list's %2 entries").arg(index).arg(entries)};
    // Entries are packed from each byte's least significant bit (the draft's section 4.1).
    const qint64 bit = index * bits;
    const auto byte = quint8(bytes->at(bit / 8));
    return (byte >> (bit % 8)) & ((1 << bits) - 1);
}

} // namespace vcdesk
