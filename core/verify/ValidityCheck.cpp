#include "core/verify/ValidityCheck.h"

#include "core/jose/NumericDate.h"
#include "core/verify/CheckName.h"

namespace vcdesk {

namespace {

/// `t` in UTC exactly as QDateTime::toString(Qt::ISODate) writes it ("2024-01-01T00:00:00Z"),
/// composed by hand for years 1 to 9999: toString took about 2 µs, and every token with
/// dates formats two of them (tst_inspector compares both on many times).
QString iso(const QDateTime &t)
{
    const QDateTime utc = t.toUTC();
    const QDate date = utc.date();
    const int year = date.year();
    if (!utc.isValid() || year < 1 || year > 9999)
        return utc.toString(Qt::ISODate);
    const QTime time = utc.time();
    char16_t text[20];
    const auto two = [&text](int at, int value) {
        text[at] = char16_t(u'0' + value / 10);
        text[at + 1] = char16_t(u'0' + value % 10);
    };
    two(0, year / 100);
    two(2, year % 100);
    text[4] = u'-';
    two(5, date.month());
    text[7] = u'-';
    two(8, date.day());
    text[10] = u'T';
    two(11, time.hour());
    text[13] = u':';
    two(14, time.minute());
    text[16] = u':';
    two(17, time.second());
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 20);
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
    // Whole sentences (one translation and one arg() each): a translator sees the sentence,
    // and a batch formats one string per token instead of two.
    report.add(CheckName::ValidityPeriod, Outcome::Pass,
               validUntil.isValid() ? tr("valid at %1 until %2").arg(iso(now), iso(validUntil))
                                    : tr("valid at %1 with no expiry").arg(iso(now)));
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
