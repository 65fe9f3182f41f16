#pragma once

#include "core/common/Result.h"
#include "core/jsonld/ActiveContext.h"
#include "core/jsonld/ContextProcessor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace vcdesk {

/// JSON-LD 1.1 expansion (API section 5.1.2 and value expansion, 5.3.2): a document with
/// its contexts applied, every term an IRI, every value an explicit object. Remote contexts
/// only through the DocumentLoader; documents nested deeper than kMaxDepth are refused
/// (jsonld.too_deep) rather than risk the thread's stack.
class Expander
{
    Q_DECLARE_TR_FUNCTIONS(Expander)
public:
    static constexpr int kMaxDepth = 256;

    struct Options
    {
        QString base;             // the document's URL: relative IRIs resolve against it
        bool jsonLd10 = false;    // processing mode json-ld-1.0
        QJsonValue expandContext; // applied before the document's own (may be undefined)
        /// Safe mode (VC Data Integrity, "Securing Data Losslessly"): anything expansion
        /// would drop (a term no context defines, a keyword-like key or @id) is an error,
        /// jsonld.data_loss, instead of being left out.
        bool safeMode = false;
    };

    explicit Expander(DocumentLoader loader);

    Result<QJsonArray> expand(const QJsonValue &document, const Options &options);

private:
    struct Frame
    {
        const ActiveContext &active;
        QString activeProperty;
        bool hasActiveProperty = false;
        QString baseUrl;
        bool fromMap = false;
        int depth = 0;
    };
    Result<QJsonValue> expandElement(const QJsonValue &element, const Frame &frame);
    Result<QJsonValue> expandArray(const QJsonArray &array, const Frame &frame);
    Result<QJsonValue> expandObject(const QJsonObject &element, const Frame &frame);
    Status expandEntries(const QJsonObject &element, const ActiveContext &active,
                         const ActiveContext &typeScoped, const Frame &frame,
                         const QString &inputType, QJsonObject &result);
    Result<QJsonValue> expandMapContainer(const ActiveContext &active, const QString &key,
                                          const TermDefinition &definition,
                                          const QJsonObject &value, const Frame &frame);

    static Error dataLoss(const QString &what);

    ContextProcessor m_contexts;
    bool m_safe = false;
};

} // namespace vcdesk
