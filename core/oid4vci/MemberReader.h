#pragma once

#include "core/common/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace vcdesk {

/// Reads the members of one untrusted JSON object by type, so every parser of OpenID4VCI
/// messages says the same thing the same way: a member of the wrong type, a required member
/// that is missing, an empty or overlong string, a list with duplicates. Every error has the
/// reader's code and a message naming where the member sits ("credential offer: grants").
class MemberReader
{
    Q_DECLARE_TR_FUNCTIONS(MemberReader)
public:
    enum class Presence { Optional, Required };
    static constexpr qsizetype kMaxString = 8192;
    static constexpr qsizetype kMaxListItems = 256;

    MemberReader(const QJsonObject &object, const QString &where, const QString &code);

    /// A whole message: a strict JSON object of at most `maxBytes`, nested `maxDepth` deep;
    /// else an error with `code` saying that `what` ("the credential offer") is not one.
    static Result<QJsonObject> parseObject(QByteArrayView json, qsizetype maxBytes, int maxDepth,
                                           const QString &code, const QString &what);

    /// A non-empty string, at most kMaxString characters; "" when optional and absent.
    Result<QString> string(const QString &name, Presence presence) const;
    /// A non-empty array of unique non-empty strings; empty when optional and absent.
    Result<QStringList> strings(const QString &name, Presence presence) const;
    Result<std::optional<QJsonObject>> object(const QString &name, Presence presence) const;
    /// A non-empty array; nullopt when optional and absent.
    Result<std::optional<QJsonArray>> array(const QString &name, Presence presence) const;
    Result<std::optional<bool>> boolean(const QString &name) const;
    /// An integer in [minimum, maximum]; nullopt when absent.
    Result<std::optional<qint64>> integer(const QString &name, qint64 minimum,
                                          qint64 maximum) const;

    /// An endpoint URL (IssuerIdentifier::endpoint's rules); an empty URL when optional and
    /// absent.
    Result<QUrl> endpoint(const QString &name, Presence presence) const;

    /// An error with this reader's code: "WHERE: message".
    Error error(const QString &message) const;
    const QString &where() const { return m_where; }
    const QJsonObject &json() const { return m_object; }

private:
    QJsonObject m_object;
    QString m_where;
    QString m_code;
};

} // namespace vcdesk
