#include "core/verify/ValidityCheck.h"

namespace vcdesk {

namespace {

const QString kValidity = QStringLiteral("ValidityPeriod");

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
        report.add(kValidity, Outcome::Fail, tr("expired at %1").arg(iso(validUntil)));
        return;
    }
    if (validFrom.isValid() && now.addSecs(skew) < validFrom) {
        report.add(kValidity, Outcome::Fail, tr("not valid before %1").arg(iso(validFrom)));
        return;
    }
    if (issuedAt.isValid() && now.addSecs(skew) < issuedAt) {
        report.add(kValidity, Outcome::Fail, tr("issued in the future (%1)").arg(iso(issuedAt)));
        return;
    }
    const QString until =
        validUntil.isValid() ? tr("until %1").arg(iso(validUntil)) : tr("with no expiry");
    report.add(kValidity, Outcome::Pass, tr("valid at %1 %2").arg(iso(now), until));
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
        if (!value.isDouble()) {
            report.add(kValidity, CheckResult::Outcome::Fail,
                       tr("\"%1\" is not a NumericDate (seconds since 1970)")
                           .arg(QLatin1String(names[i])));
            return;
        }
        dates[i] = QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
    }
    run(dates[0], dates[1], dates[2], options, report);
}

} // namespace vcdesk
