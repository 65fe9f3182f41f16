#pragma once

#include "models/KioskController.h"

#include <QWidget>

class QLabel;
class QGridLayout;

namespace vcdesk {

/// The kiosk's answer, large: "Verified" with the claims the operator chose and the issuer's
/// name, or "Not verified" with the reason. Claims, names and reasons are someone else's
/// words: shown as plain text, control characters escaped, never as markup.
class KioskResultView : public QWidget
{
    Q_OBJECT
public:
    explicit KioskResultView(QWidget *parent = nullptr);

    /// `sameRequest`: a refused answer whose request stays open (a tap goes back to it).
    void show(const KioskController::Outcome &outcome, bool sameRequest = false);
    /// Type size in pixels for the body text; the headline is twice it.
    void setBaseSize(int pixels);

private:
    QLabel *m_headline;
    QLabel *m_issuer;
    QLabel *m_reason;
    QLabel *m_note;
    QLabel *m_hint;
    QWidget *m_claimsBox;
    QGridLayout *m_claims;
    int m_base = 32;
};

} // namespace vcdesk
