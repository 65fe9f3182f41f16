#include "ui/KioskResultView.h"

#include "core/common/DisplayText.h"
#include "ui/PlainLabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace vcdesk {

namespace {

void setPixelSize(QWidget *widget, int pixels, bool bold = false)
{
    QFont font = widget->font();
    font.setPixelSize(qMax(8, pixels));
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace

KioskResultView::KioskResultView(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_issuer(new PlainLabel(this, QStringLiteral("kioskIssuer")))
    , m_reason(new PlainLabel(this, QStringLiteral("kioskReason")))
    , m_note(new PlainLabel(this, QStringLiteral("kioskNote")))
    , m_hint(new QLabel(tr("Tap the screen for the next person"), this))
    , m_claimsBox(new QWidget(this))
    , m_claims(new QGridLayout(m_claimsBox))
{
    m_headline->setObjectName(QStringLiteral("kioskHeadline"));
    m_headline->setAlignment(Qt::AlignCenter);
    m_hint->setObjectName(QStringLiteral("kioskHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    for (QLabel *label : {m_issuer, m_reason, m_note}) {
        label->setAlignment(Qt::AlignCenter);
        label->setTextInteractionFlags(Qt::NoTextInteraction); // a tap resets, not selects
    }
    m_claimsBox->setObjectName(QStringLiteral("kioskClaims"));
    m_claims->setHorizontalSpacing(24);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_headline);
    layout->addSpacing(16);
    layout->addWidget(m_claimsBox, 0, Qt::AlignHCenter);
    layout->addWidget(m_issuer);
    layout->addWidget(m_reason);
    layout->addSpacing(12);
    layout->addWidget(m_note);
    layout->addStretch(3);
    layout->addWidget(m_hint);
    setBaseSize(m_base);
}

void KioskResultView::show(const KioskController::Outcome &outcome, bool sameRequest)
{
    m_hint->setText(sameRequest ? tr("Tap the screen to answer again")
                                : tr("Tap the screen for the next person"));
    // A code held up says so in the headline too, not only in the note under it.
    m_headline->setText(!outcome.verified           ? tr("✘ Not verified")
                        : outcome.shownNotPresented ? tr("✔ Verified, shown")
                                                    : tr("✔ Verified"));
    setAccessibleName(outcome.verified ? tr("Verified") : tr("Not verified"));
    while (QLayoutItem *item = m_claims->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    for (const KioskController::ShownClaim &claim : outcome.claims) {
        auto *label = new PlainLabel(m_claimsBox, QStringLiteral("claimLabel%1").arg(row),
                                     DisplayText::escape(claim.label, 64));
        auto *value = new PlainLabel(m_claimsBox, QStringLiteral("claimValue%1").arg(row),
                                     claim.value.isEmpty() ? tr("(not shared)")
                                                           : DisplayText::escape(claim.value, 200));
        for (QLabel *l : {static_cast<QLabel *>(label), static_cast<QLabel *>(value)}) {
            l->setTextInteractionFlags(Qt::NoTextInteraction);
            setPixelSize(l, m_base, l == value);
        }
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_claims->addWidget(label, row, 0);
        m_claims->addWidget(value, row, 1);
        ++row;
    }
    m_claimsBox->setVisible(outcome.verified && row > 0);
    const QString issuer = outcome.issuerName.isEmpty() ? outcome.issuer : outcome.issuerName;
    m_issuer->setText(outcome.verified && !issuer.isEmpty()
                          ? tr("Issued by %1").arg(DisplayText::escape(issuer, 120))
                          : QString());
    m_issuer->setVisible(!m_issuer->text().isEmpty());
    m_reason->setText(DisplayText::escape(outcome.reason, 400));
    m_reason->setVisible(!outcome.reason.isEmpty());
    // The kiosk's own words (shown, not presented; the request stays open).
    m_note->setText(outcome.note);
    m_note->setVisible(!outcome.note.isEmpty());
}

void KioskResultView::setBaseSize(int pixels)
{
    m_base = pixels;
    setPixelSize(m_headline, pixels * 2, true);
    setPixelSize(m_issuer, pixels * 3 / 4);
    setPixelSize(m_reason, pixels);
    setPixelSize(m_note, pixels * 2 / 3);
    setPixelSize(m_hint, pixels / 2);
    for (int i = 0; i < m_claims->count(); ++i)
        if (QWidget *w = m_claims->itemAt(i)->widget())
            setPixelSize(w, pixels, w->objectName().startsWith(QLatin1String("claimValue")));
}

} // namespace vcdesk
