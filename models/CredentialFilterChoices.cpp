#include "models/CredentialFilterChoices.h"

#include "core/common/DisplayText.h"
#include "core/store/Wallet.h"
#include "models/ReadableName.h"
#include "models/WalletSession.h"

#include <algorithm>

namespace vcdesk {

namespace {

constexpr qsizetype kMaxLabelChars = 80;

struct Values
{
    QStringList types;
    QList<CredentialSearch::Issuer> issuers;
    QStringList tags;
};

QList<CredentialFilterChoices::Choice> sortedByLabel(QList<CredentialFilterChoices::Choice> list)
{
    std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.label.localeAwareCompare(b.label) < 0;
    });
    return list;
}

QString label(const QString &text)
{
    return DisplayText::escape(text, kMaxLabelChars);
}

} // namespace

CredentialFilterChoices::CredentialFilterChoices(WalletSession &session, qint64 profileId,
                                                 QObject *parent)
    : QObject(parent)
    , m_session(&session)
    , m_profileId(profileId)
{
    for (auto signal : {&WalletSession::changed, &WalletSession::unlocked, &WalletSession::locked,
                        &WalletSession::opened})
        connect(&session, signal, this, &CredentialFilterChoices::reload);
    reload();
}

void CredentialFilterChoices::clear()
{
    const bool wasEmpty = m_types.isEmpty() && m_issuers.isEmpty() && m_tags.isEmpty();
    m_types.clear();
    m_issuers.clear();
    m_tags.clear();
    if (!wasEmpty)
        emit changed();
}

void CredentialFilterChoices::reload()
{
    const quint64 ticket = ++m_ticket;
    if (!m_session || !m_session->isUnlocked()) {
        clear();
        return;
    }
    auto *reading = m_session->read<Values>(
        [profileId = m_profileId](Wallet &wallet, const ActivityBase::Context &) -> Result<Values> {
            const CredentialSearch search = wallet.search();
            auto types = search.types(profileId);
            if (!types)
                return types.error();
            auto issuers = search.issuers(profileId);
            if (!issuers)
                return issuers.error();
            auto tags = search.tags(profileId);
            if (!tags)
                return tags.error();
            return Values{types.value(), issuers.value(), tags.value()};
        });
    connect(reading, &ActivityBase::finished, reading, &QObject::deleteLater);
    connect(reading, &ActivityBase::finished, this, [this, reading, ticket] {
        if (ticket != m_ticket)
            return; // a newer reload (or a lock) came after it
        const auto values = reading->result();
        if (!values) {
            emit loadFailed(values.error().message);
            return;
        }
        QList<Choice> types, issuers, tags;
        for (const QString &type : values->types)
            types << Choice{type, label(ReadableName::of(type))};
        for (const CredentialSearch::Issuer &issuer : values->issuers)
            issuers << Choice{issuer.id, label(issuer.name.isEmpty() ? issuer.id : issuer.name)};
        for (const QString &tag : values->tags)
            tags << Choice{tag, label(tag)};
        m_types = sortedByLabel(types);
        m_issuers = sortedByLabel(issuers);
        m_tags = sortedByLabel(tags);
        emit changed();
    });
}

} // namespace vcdesk
