#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace vcdesk {

/// A DID or DID URL (W3C DID Core section 3):
/// did:method:method-specific-id[/path][?query][#fragment]. Parsing follows the ABNF: lowercase
/// method name, idchar and pct-encoded only in the id.
class DidUrl
{
    Q_DECLARE_TR_FUNCTIONS(DidUrl)
public:
    static constexpr qsizetype kMaxLength = 8192;

    static Result<DidUrl> parse(const QString &text);
    /// The DID of a DID URL ("did:ex:1#key-1" -> "did:ex:1"), or an empty string when text is
    /// not a DID URL.
    static QString didOf(const QString &text);
    /// Who an issuer is, for comparing two of them: the DID of a DID URL, or the identifier as
    /// written when it is no DID URL.
    static QString identityOf(const QString &issuer);
    /// Whether DIDs may begin with `text`: "did:", a method name, ":", then id characters,
    /// colons and percent signs only (a trust pattern's stem before its "*").
    static bool isDidPrefix(QStringView text);

    /// The DID without path, query or fragment.
    const QString &did() const { return m_did; }
    const QString &method() const { return m_method; }
    const QString &methodSpecificId() const { return m_methodSpecificId; }
    const QString &path() const { return m_path; }
    const QString &query() const { return m_query; }
    const QString &fragment() const { return m_fragment; }
    bool isBareDid() const { return m_path.isEmpty() && m_query.isEmpty() && m_fragment.isEmpty(); }

    QString toString() const;

private:
    /// Checks `text`; returns where its DID ends and, given `url`, fills it in.
    static Result<qsizetype> scan(const QString &text, DidUrl *url);

    QString m_did;
    QString m_method;
    QString m_methodSpecificId;
    QString m_path;
    QString m_query;
    QString m_fragment;
    bool m_hasQuery = false;
    bool m_hasFragment = false;
};

} // namespace vcdesk
