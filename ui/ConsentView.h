#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace vcdesk {

class ConsentChoices;

/// The consent screen of a presentation: who asks (the client id, how vcdesk authenticated
/// it or a warning that nobody did, the trust list's name or the name the verifier gives
/// itself, marked as unverified), why, and for each part of the request the candidate
/// credentials with exactly the claims that would leave the wallet. Optional parts are check
/// boxes, a choice between candidates is radio buttons; both write to ConsentChoices. Every
/// text from the verifier or a credential is shown as plain, escaped text.
class ConsentView : public QWidget
{
    Q_OBJECT
public:
    explicit ConsentView(ConsentChoices &choices, QWidget *parent = nullptr);

    /// Rebuilds the screen from choices.consent().
    void rebuild();

private:
    QWidget *verifierBox();
    QWidget *partBox(int part);
    /// A switch for each claim of the candidate the request does without.
    void addOptionalClaims(QVBoxLayout *layout, int part, int candidate);

    ConsentChoices &m_choices;
    QVBoxLayout *m_parts = nullptr;
    QWidget *m_content = nullptr;
};

} // namespace vcdesk
