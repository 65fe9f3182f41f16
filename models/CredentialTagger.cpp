#include "models/CredentialTagger.h"

#include "core/common/DisplayText.h"
#include "core/store/Wallet.h"
#include "models/WalletSession.h"

namespace vcdesk {

namespace {

constexpr qsizetype kMaxTagChars = 64; // the wallet's own limit (credential_tags)

Error invalid(const QString &sentence)
{
    return Error{QStringLiteral("tags.invalid"), sentence};
}

bool hasInvisible(const QString &tag)
{
    for (const char32_t c : tag.toUcs4())
        if (DisplayText::needsEscape(c))
            return true;
    return false;
}

} // namespace

CredentialTagger::CredentialTagger(WalletSession &session, QObject *parent)
    : QObject(parent)
    , m_session(&session)
{
}

Result<QStringList> CredentialTagger::parse(const QString &text)
{
    QStringList tags;
    if (text.trimmed().isEmpty())
        return tags;
    QStringList pieces = text.split(QLatin1Char(','));
    if (pieces.last().trimmed().isEmpty())
        pieces.removeLast(); // "work, travel," : a comma at the end names no tag
    for (const QString &piece : std::as_const(pieces)) {
        const QString tag = piece.trimmed();
        if (tag.isEmpty())
            return invalid(tr("One of the tags is empty: remove the extra comma."));
        if (tag.size() > kMaxTagChars)
            return invalid(tr("A tag has at most %1 characters; \u201c%2\u201d has %3.")
                               .arg(kMaxTagChars)
                               .arg(DisplayText::escape(tag, 24))
                               .arg(tag.size()));
        if (hasInvisible(tag))
            return invalid(tr("A tag cannot hold control or invisible characters (\u201c%1\u201d).")
                               .arg(DisplayText::escape(tag, 24)));
        if (!tags.contains(tag))
            tags << tag;
    }
    if (tags.size() > CredentialStore::kMaxTags)
        return invalid(tr("A credential has at most %1 tags; these are %2.")
                           .arg(CredentialStore::kMaxTags)
                           .arg(tags.size()));
    return tags;
}

QString CredentialTagger::joined(const QStringList &tags)
{
    return tags.join(QStringLiteral(", "));
}

void CredentialTagger::save(qint64 credentialId, const QString &text)
{
    auto tags = parse(text);
    if (!tags) {
        emit failed(credentialId, tags.error().message);
        return;
    }
    if (!m_session || !m_session->isUnlocked()) {
        emit failed(credentialId, tr("The wallet is locked: unlock it to change tags."));
        return;
    }
    ++m_saving;
    auto *writing = m_session->write<QStringList>(
        [credentialId, list = tags.value()](Wallet &wallet,
                                            const ActivityBase::Context &) -> Result<QStringList> {
            if (auto done = wallet.credentials().setTags(credentialId, list); !done)
                return done.error();
            auto stored = wallet.credentials().get(credentialId);
            if (!stored)
                return stored.error();
            return stored->tags;
        });
    connect(writing, &ActivityBase::finished, writing, &QObject::deleteLater);
    connect(writing, &ActivityBase::finished, this, [this, writing, credentialId] {
        --m_saving;
        const auto stored = writing->result();
        if (stored)
            emit saved(credentialId, stored.value());
        else
            emit failed(credentialId,
                        tr("The tags were not saved: %1").arg(stored.error().message));
    });
}

} // namespace vcdesk
