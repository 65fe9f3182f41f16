#include "core/verify/ValidityCheck.h"

#include "core/jose/NumericDate.h"
#include "core/verify/CheckName.h"

namespace vcdesk {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

void ValidityCheck::run(const QDateTime &validFrom, const QDateTime &validUntil,
                        const QDateTime &issuedAt, const InspectOptions &options,
                        ValidationReport &report)
{
    if (!validFrom.isValid() && !validUntil.isValid() && !issuedAt.isValid())
        return;
    const QDateTime now = options.now();
    const qint64 skew = options.clockSkewSeconds;
    using Outcome = CheckResult::Outcome;
    if (validUntil.isValid() && now.addSecs(-skew) >= validUntil) {
        report.add(CheckName::ValidityPeriod, Outcome::Fail,
                   tr("expired at %1").arg(iso(validUntil)));
        return;
    }
    if (validFrom.isValid() && now.addSecs(skew) < validFrom) {
        report.add(CheckName::ValidityPeriod, Outcome::Fail,
                   tr("not valid before %1").arg(iso(validFrom)));
        return;
    }
    if (issuedAt.isValid() && now.addSecs(skew) < issuedAt) {
        report.add(CheckName::ValidityPeriod, Outcome::Fail,
                   tr("issued in the future (%1)").arg(iso(issuedAt)));
        return;
    }
    const QString until =
        validUntil.isValid() ? tr("until %1").arg(iso(validUntil)) : tr("with no expiry");
    report.add(CheckName::ValidityPeriod, Outcome::Pass, tr("valid at %1 %2").arg(iso(now), until));
}

void ValidityCheck::runOnJwtClaims(const QJsonObject &claims, const InspectOptions &options,
                                   ValidationReport &report)
{
    QDateTime dates[3];
    const char *names[3] = {"nbf", "exp", "iat"};
    for (int i = 0; i < 3; ++i) {
        const QJsonValue value = claims.value(QLatin1String(names[i]));
        if (value.isUndefined())
            continue;
        auto date = NumericDate::read(value, QLatin1String(names[i]));
        if (!date) {
            report.add(CheckName::ValidityPeriod, CheckResult::Outcome::Fail, date.error().message);
            return;
        }
        dates[i] = date.value();
    }
    run(dates[0], dates[1], dates[2], options, report);
}

} // namespace vcdesk
