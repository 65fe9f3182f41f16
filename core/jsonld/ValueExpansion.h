#pragma once

#include "core/common/Result.h"
#include "core/jsonld/ActiveContext.h"
#include "core/jsonld/ContextProcessor.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

namespace vcdesk {

/// The steps of JSON-LD 1.1 expansion that settle one value without descending into the
/// document: value expansion (API section 5.3.2), a language map's values (5.1.2 step 13.7),
/// and the checks that end the expansion of one object (5.1.2 steps 15-19). Expander does the
/// walk and calls these.
class ValueExpansion
{
    Q_DECLARE_TR_FUNCTIONS(ValueExpansion)
public:
    /// A scalar under `property`: {"@id"} for @id/@vocab terms, otherwise {"@value"} with the
    /// term's (or the context's) @type, @language and @direction.
    static Result<QJsonValue> value(ContextProcessor &contexts, const ActiveContext &active,
                                    const QString &property, const QJsonValue &value);
    /// The value objects of a language map (keys are language tags or @none).
    static Result<QJsonValue> languageMap(ContextProcessor &contexts, const ActiveContext &active,
                                          const TermDefinition &definition,
                                          const QJsonObject &value);
    /// An expanded object checked and reduced as the algorithm's last steps say: invalid value,
    /// set or list objects are errors (in `error`); @set unwrapped; a lone @language, and at the
    /// top level (or under @graph) empty, value, list and @id-only objects, become null.
    static QJsonValue finishObject(QJsonObject result, bool hasActiveProperty,
                                   const QString &activeProperty, Status *error);
};

} // namespace vcdesk
