#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace vcdesk {

/// `vcdesk trust add PATTERN --name NAME | remove PATTERN | list [--json]`, on the trust list
/// in the app's data folder (or --trust-list FILE). Exit 0 on success, 1 when removing an
/// entry that is not there, 3 for a damaged or unwritable list, 64 for wrong usage.
class TrustCommand
{
    Q_DECLARE_TR_FUNCTIONS(TrustCommand)
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace vcdesk
