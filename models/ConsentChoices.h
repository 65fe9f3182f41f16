#pragma once

#include "core/oid4vp/Consent.h"
#include "core/oid4vp/PresentationBuilder.h"

#include <QObject>

namespace vcdesk {

/// What the holder decides on the consent screen, kept apart from the widgets that show it:
/// per request part whether it goes (required parts always; optional ones only when the holder
/// switches them on: nothing leaves the wallet by default that the verifier does not need) and
/// which candidate credential answers it (the first valid one unless the holder picks another),
/// and which optional claims of a credential that can hide claims go too (none unless the
/// holder switches them on). selection() and withheld() are what PresentationFlow::present()
/// takes.
class ConsentChoices : public QObject
{
    Q_OBJECT
public:
    explicit ConsentChoices(QObject *parent = nullptr);

    /// Starts over for a new request.
    void reset(const Consent &consent);
    const Consent &consent() const { return m_consent; }

    int partCount() const { return int(m_choices.size()); }
    bool isIncluded(int part) const;
    /// Required parts cannot be left out: false, nothing changes.
    bool setIncluded(int part, bool included);
    /// The index of the chosen candidate of `part`, -1 when none is.
    int chosen(int part) const;
    bool choose(int part, int candidate);

    /// Whether the answer can go as chosen; whyNot() says what is missing, in a sentence.
    bool canShare() const { return whyNot().isEmpty(); }
    QString whyNot() const;
    PresentationBuilder::Selection selection() const;
    /// Whether `path` (a display path among the candidate's disclosed claims) goes with
    /// `candidate` of `part`: always for a claim the request requires; for an optional one,
    /// only when the holder switched it on.
    bool isClaimShared(int part, int candidate, const QString &path) const;
    /// Only for an optional claim of the candidate: false, nothing changes, otherwise.
    bool setClaimShared(int part, int candidate, const QString &path, bool shared);
    /// The optional claims the chosen credentials keep back.
    PresentationBuilder::Withheld withheld() const;
    /// Every claim that leaves with the chosen answer ("path: value"), for the outcome and the
    /// history; a credential without selective disclosure adds "(the whole credential)".
    QStringList leaving() const;

signals:
    void changed();

private:
    struct Choice
    {
        bool included = false;
        int candidate = -1;
        QHash<int, QStringList> sharedOptional; // candidate -> optional claims switched on
    };
    const Consent::Candidate *candidateAt(int part, int candidate) const;

    Consent m_consent;
    QList<Choice> m_choices;
};

} // namespace vcdesk
