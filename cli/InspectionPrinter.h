#pragma once

#include "core/verify/CredentialInspector.h"

#include <QCoreApplication>
#include <QTextStream>

namespace vcdesk {

/// The human-readable form of an inspection, for the terminal.
class InspectionPrinter
{
    Q_DECLARE_TR_FUNCTIONS(InspectionPrinter)
public:
    static void print(const Inspection &inspection, QTextStream &out);
};

} // namespace vcdesk
