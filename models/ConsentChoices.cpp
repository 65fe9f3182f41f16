#include "models/ConsentChoices.h"

#include "models/ReadableName.h"

namespace vcdesk {

namespace {

/// The first valid candidate: what a holder gets without choosing (never a credential the
/// wallet holds as not valid: the person must pick that one knowingly).
int firstValid(const Consent::Part &part)
{
    for (int i = 0; i < part.candidates.size(); ++i)
        if (part.candidates.at(i).valid)
            return i;
    return -1;
}

} // namespace

ConsentChoices::ConsentChoices(QObject *parent)
    : QObject(parent)
{
}

void ConsentChoices::reset(const Consent &consent)
{
    m_consent = consent;
    m_choices.clear();
    for (const Consent::Part &part : consent.parts)
        m_choices.append(Choice{part.required, part.required ? firstValid(part) : -1, {}});
    emit changed();
}

bool ConsentChoices::isIncluded(int part) const
{
    return part >= 0 && part < m_choices.size() && m_choices.at(part).included;
}

bool ConsentChoices::setIncluded(int part, bool included)
{
    if (part < 0 || part >= m_choices.size() || m_consent.parts.at(part).required)
        return false;
    Choice &choice = m_choices[part];
    if (choice.included == included)
        return true;
    choice.included = included;
    if (included && choice.candidate < 0)
        choice.candidate = firstValid(m_consent.parts.at(part));
    emit changed();
    return true;
}

int ConsentChoices::chosen(int part) const
{
    return part >= 0 && part < m_choices.size() ? m_choices.at(part).candidate : -1;
}

bool ConsentChoices::choose(int part, int candidate)
{
    if (part < 0 || part >= m_choices.size() || candidate < 0 ||
        candidate >= m_consent.parts.at(part).candidates.size())
        return false;
    if (m_choices.at(part).candidate != candidate) {
        m_choices[part].candidate = candidate;
        emit changed();
    }
    return true;
}

QString ConsentChoices::whyNot() const
{
    bool anything = false;
    for (int i = 0; i < m_choices.size(); ++i) {
        const Consent::Part &part = m_consent.parts.at(i);
        const QString name = part.name.isEmpty() ? part.id : part.name;
        if (!m_choices.at(i).included)
            continue;
        if (part.candidates.isEmpty())
            return tr("Nothing in your wallet fits “%1”.").arg(name);
        if (m_choices.at(i).candidate < 0)
            return tr("Choose a credential for “%1”.").arg(name);
        anything = true;
    }
    if (!anything)
        return tr("Nothing is chosen to share.");
    return {};
}

PresentationBuilder::Selection ConsentChoices::selection() const
{
    PresentationBuilder::Selection selection;
    for (int i = 0; i < m_choices.size(); ++i) {
        const Choice &choice = m_choices.at(i);
        if (!choice.included || choice.candidate < 0)
            continue;
        const Consent::Part &part = m_consent.parts.at(i);
        selection[part.id] << part.candidates.at(choice.candidate).credentialId;
    }
    return selection;
}

QStringList ConsentChoices::leaving() const
{
    QStringList claims;
    for (int i = 0; i < m_choices.size(); ++i) {
        const Choice &choice = m_choices.at(i);
        if (!choice.included || choice.candidate < 0)
            continue;
        const Consent::Candidate &candidate = m_consent.parts.at(i).candidates.at(choice.candidate);
        for (const auto &[path, value] : candidate.disclosedClaims)
            if (isClaimShared(i, choice.candidate, path))
                claims << tr("%1: %2").arg(ReadableName::ofPath(path),
                                           ReadableName::ofValue(value));
        if (candidate.revealsWholeCredential)
            claims << tr("%1 (the whole credential)").arg(candidate.title);
    }
    return claims;
}

const Consent::Candidate *ConsentChoices::candidateAt(int part, int candidate) const
{
    if (part < 0 || part >= m_choices.size() || candidate < 0 ||
        candidate >= m_consent.parts.at(part).candidates.size())
        return nullptr;
    return &m_consent.parts.at(part).candidates.at(candidate);
}

bool ConsentChoices::isClaimShared(int part, int candidate, const QString &path) const
{
    const Consent::Candidate *c = candidateAt(part, candidate);
    if (!c)
        return false;
    if (!c->optionalClaims.contains(path))
        return true;
    return m_choices.at(part).sharedOptional.value(candidate).contains(path);
}

bool ConsentChoices::setClaimShared(int part, int candidate, const QString &path, bool shared)
{
    const Consent::Candidate *c = candidateAt(part, candidate);
    if (!c || !c->optionalClaims.contains(path))
        return false;
    QStringList &on = m_choices[part].sharedOptional[candidate];
    if (on.contains(path) == shared)
        return true;
    if (shared)
        on << path;
    else
        on.removeAll(path);
    emit changed();
    return true;
}

PresentationBuilder::Withheld ConsentChoices::withheld() const
{
    PresentationBuilder::Withheld withheld;
    for (int i = 0; i < m_choices.size(); ++i) {
        const Choice &choice = m_choices.at(i);
        const Consent::Candidate *c = candidateAt(i, choice.candidate);
        if (!choice.included || !c)
            continue;
        for (const QString &path : c->optionalClaims)
            if (!choice.sharedOptional.value(choice.candidate).contains(path))
                withheld[c->credentialId] << path;
    }
    return withheld;
}

} // namespace vcdesk
