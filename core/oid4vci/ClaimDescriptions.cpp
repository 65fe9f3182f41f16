#include "core/oid4vci/ClaimDescriptions.h"

#include "core/oid4vci/MemberReader.h"
#include "core/oid4vp/ClaimsPath.h"

namespace vcdesk {

namespace {

/// Why two claims paths contradict each other, or "" when they may stand side by side.
QString contradiction(const QJsonArray &a, const QJsonArray &b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        const QJsonValue x = a.at(i), y = b.at(i);
        if (x.isString() && y.isString()) {
            if (x.toString() != y.toString())
                return QString(); // different members: different claims
            continue;
        }
        if (x.isString() != y.isString())
            return ClaimDescriptions::tr("%1 and %2 use one claim as an object and as an array");
        if (x.isNull() != y.isNull())
            return ClaimDescriptions::tr("%1 and %2 describe a whole array and one of its "
                                         "elements");
        if (x.isDouble() && x.toInteger() != y.toInteger())
            return QString(); // different elements
    }
    if (a.size() == b.size())
        return ClaimDescriptions::tr("%1 is described twice");
    return QString(); // a claim and one inside it
}

} // namespace

Result<ClaimDescriptions> ClaimDescriptions::parse(const QJsonArray &array, const QString &where,
                                                   const QString &code)
{
    ClaimDescriptions read;
    if (array.size() > kMaxClaims)
        return Error{code, tr("%1: more than %2 claims are described").arg(where).arg(kMaxClaims)};
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            return Error{code, tr("%1: a claim description is not an object").arg(where)};
        const MemberReader reader(item.toObject(), where + QStringLiteral(": claims"), code);
        auto path = reader.array(QStringLiteral("path"), MemberReader::Presence::Required);
        if (!path)
            return path.error();
        if (const Status shape = ClaimsPath::validate(*path.value()); !shape)
            return reader.error(shape.error().message);
        auto mandatory = reader.boolean(QStringLiteral("mandatory"));
        if (!mandatory)
            return mandatory.error();
        Claim claim;
        claim.path = *path.value();
        claim.mandatory = mandatory->value_or(false);
        auto display = reader.array(QStringLiteral("display"), MemberReader::Presence::Optional);
        if (!display)
            return display.error();
        if (display.value()) {
            auto names = LocalizedDisplay::parse(*display.value(), reader.where(), code, false);
            if (!names)
                return names.error();
            claim.display = names.value();
        }
        for (const Claim &earlier : std::as_const(read.m_claims)) {
            const QString why = contradiction(earlier.path, claim.path);
            if (!why.isEmpty())
                return reader.error(why.arg(ClaimsPath::toDisplay(earlier.path),
                                            ClaimsPath::toDisplay(claim.path)));
        }
        read.m_claims << claim;
    }
    return read;
}

} // namespace vcdesk
