#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>

namespace vcdesk {

/// Errors of JSON-LD processing, coded after the JSON-LD 1.1 API's error codes:
/// "invalid IRI mapping" is jsonld.invalid_iri_mapping, with what was wrong in the message.
class JsonLdError
{
    Q_DECLARE_TR_FUNCTIONS(JsonLdError)
public:
    static Error make(const char *specCode, const QString &detail)
    {
        QString code = QString::fromLatin1(specCode);
        code.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('@'), QString());
        return Error{QStringLiteral("jsonld.") + code,
                     tr("JSON-LD: %1: %2").arg(QString::fromLatin1(specCode), detail)};
    }
};

} // namespace vcdesk
