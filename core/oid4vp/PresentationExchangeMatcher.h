#pragma once

#include "core/common/Result.h"
#include "core/oid4vp/HeldCredential.h"
#include "core/oid4vp/PresentationMatch.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace vcdesk {

/// Evaluates a DIF Presentation Exchange v2 presentation_definition against the wallet.
/// A credential fits an input descriptor when its format is one the descriptor (or the
/// definition) allows and every non-optional field has a path (JsonPath) whose value passes
/// the field's JSON Schema filter (JsonSchemaValidator; a filter it cannot fully apply does
/// not pass). Selectively disclosable credentials reveal only the fields' claims, whatever
/// limit_disclosure says. submission_requirements (all / pick with count, min, max, from a
/// group or from_nested) decide which descriptors are required; without them, all are.
class PresentationExchangeMatcher
{
    Q_DECLARE_TR_FUNCTIONS(PresentationExchangeMatcher)
public:
    static constexpr qsizetype kMaxDescriptors = 64;
    static constexpr qsizetype kMaxFields = 128;
    static constexpr int kMaxNesting = 4;

    static Result<PresentationMatch> match(const QJsonObject &definition,
                                           const QList<HeldCredential> &wallet);
    /// The Presentation Exchange format names a wallet format answers to.
    static QStringList formatNames(const QString &walletFormat);

private:
    static Status validate(const QJsonObject &definition);
    static bool formatAllowed(const QJsonObject &formats, const QString &walletFormat);
    /// A constraint field with its JSONPaths translated once, not once per credential.
    struct Field
    {
        QList<QJsonArray> paths; // the translatable ones, in order
        QJsonObject filter;
        bool optional = false;
    };
    static std::optional<FoundClaims> fieldsFit(const QList<Field> &fields,
                                                const HeldCredential &held);
    struct Requirement
    {
        bool satisfiable = false;
        QSet<QString> chosen;
    };
    static Requirement evaluate(const QJsonObject &requirement, const PresentationMatch &match,
                                const QHash<QString, QStringList> &groups, int depth);
};

} // namespace vcdesk
