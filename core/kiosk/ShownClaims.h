#pragma once

#include "core/kiosk/KioskConfig.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace vcdesk {

/// The claims a kiosk's result screen shows (KioskConfig::shownClaims), picked from a
/// verified credential's subject claims: each under the operator's label, in the operator's
/// order, its value as text ("" when the credential lacks it; objects and lists as compact
/// JSON). Values come from the credential: views show them escaped, never as markup.
class ShownClaims
{
    Q_DECLARE_TR_FUNCTIONS(ShownClaims)
public:
    struct Line
    {
        QString label;
        QString value;
    };

    static QList<Line> pick(const QJsonObject &subject,
                            const QList<KioskConfig::ShownClaim> &shown);
    /// The value at a dotted path ("address.city") as text.
    static QString valueAt(const QJsonObject &subject, const QString &path);
};

} // namespace vcdesk
