#include "ui/ConsentView.h"

#include "core/common/DisplayText.h"
#include "models/ConsentChoices.h"
#include "models/ReadableName.h"
#include "models/StatusColour.h"
#include "ui/PlainLabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace vcdesk {

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent, const QString &objectName = {})
{
    return new PlainLabel(parent, objectName, text);
}

constexpr qsizetype kMaxShown = 300;

QString shown(const QString &untrusted)
{
    return DisplayText::escape(untrusted, kMaxShown);
}

QString readablePaths(const QStringList &paths)
{
    QStringList names;
    for (const QString &path : paths)
        if (const QString name = ReadableName::ofPath(path); !names.contains(name))
            names << name;
    return names.join(QStringLiteral(", "));
}

} // namespace

ConsentView::ConsentView(ConsentChoices &choices, QWidget *parent)
    : QWidget(parent)
    , m_choices(choices)
{
    setObjectName(QStringLiteral("consentView"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    m_parts = new QVBoxLayout(m_content);
    scroll->setWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void ConsentView::rebuild()
{
    while (QLayoutItem *item = m_parts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_parts->addWidget(verifierBox());
    for (int i = 0; i < m_choices.partCount(); ++i)
        m_parts->addWidget(partBox(i));
    const Consent &consent = m_choices.consent();
    if (!consent.notSearched.isEmpty())
        m_parts->addWidget(
            plainLabel(tr("Not searched (unreadable or beyond the limit): %1")
                           .arg(shown(consent.notSearched.join(QStringLiteral(", ")))),
                       m_content, QStringLiteral("notSearched")));
    m_parts->addStretch();
}

QWidget *ConsentView::verifierBox()
{
    const Consent &consent = m_choices.consent();
    const VerifierIdentity &who = consent.verifier;
    auto *box = new QGroupBox(tr("Who asks"), m_content);
    box->setObjectName(QStringLiteral("verifier"));
    auto *layout = new QVBoxLayout(box);
    QString name;
    if (!who.trustName.isEmpty())
        name = tr("%1 (on your trust list)").arg(shown(who.trustName));
    else if (!who.name.isEmpty())
        name =
            tr("“%1”, as the verifier calls itself (not on your trust list)").arg(shown(who.name));
    else
        name = tr("A verifier not on your trust list");
    auto *title = plainLabel(name, box, QStringLiteral("verifierName"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    layout->addWidget(
        plainLabel(tr("Identifier: %1").arg(shown(who.clientId)), box, QStringLiteral("clientId")));
    const bool authenticated =
        who.prefix != QLatin1String("redirect_uri") && !who.authenticatedBy.isEmpty();
    auto *how =
        plainLabel(authenticated ? tr("Checked: %1").arg(shown(who.authenticatedBy))
                                 : tr("Not authenticated: anyone could have made this request. "
                                      "Share only what you would show a stranger."),
                   box, QStringLiteral("authentication"));
    if (!authenticated)
        how->setStyleSheet(StatusColour::textStyle(StatusColour::Tone::Problem, palette()));
    layout->addWidget(how);
    if (!consent.purpose.isEmpty())
        layout->addWidget(
            plainLabel(tr("Why: %1").arg(shown(consent.purpose)), box, QStringLiteral("purpose")));
    return box;
}

void ConsentView::addOptionalClaims(QVBoxLayout *layout, int part, int candidate)
{
    // What the request does without: off until the holder switches it on.
    const Consent::Candidate &c = m_choices.consent().parts.at(part).candidates.at(candidate);
    int n = 0;
    for (const auto &[path, value] : c.disclosedClaims) {
        if (!c.optionalClaims.contains(path))
            continue;
        QString text =
            tr("Also share %1: %2 (optional)")
                .arg(shown(ReadableName::ofPath(path)), shown(ReadableName::ofValue(value)));
        auto *share = new QCheckBox(text.replace(QLatin1Char('&'), QStringLiteral("&&")),
                                    layout->parentWidget());
        share->setObjectName(QStringLiteral("optional%1_%2_%3").arg(part).arg(candidate).arg(n++));
        share->setAccessibleName(
            tr("Also share %1 (optional)").arg(shown(ReadableName::ofPath(path))));
        share->setChecked(m_choices.isClaimShared(part, candidate, path));
        share->setStyleSheet(QStringLiteral("margin-left: 24px;"));
        const QString claim = path;
        connect(share, &QCheckBox::toggled, this, [this, part, candidate, claim](bool on) {
            m_choices.setClaimShared(part, candidate, claim, on);
        });
        layout->addWidget(share);
    }
}

QWidget *ConsentView::partBox(int index)
{
    const Consent::Part &part = m_choices.consent().parts.at(index);
    const QString name = shown(ReadableName::of(part.name.isEmpty() ? part.id : part.name));
    auto *box =
        new QGroupBox(part.required ? tr("%1 (required)").arg(name)
                                    : tr("%1 (optional: share it only if you want to)").arg(name),
                      m_content);
    box->setObjectName(QStringLiteral("part%1").arg(index));
    box->setAccessibleName(name);
    auto *layout = new QVBoxLayout(box);
    if (!part.required) {
        auto *include = new QCheckBox(tr("Share this part"), box);
        include->setObjectName(QStringLiteral("include%1").arg(index));
        include->setAccessibleName(tr("Share %1").arg(name));
        include->setChecked(m_choices.isIncluded(index));
        connect(include, &QCheckBox::toggled, this,
                [this, index](bool on) { m_choices.setIncluded(index, on); });
        layout->addWidget(include);
    }
    if (!part.purpose.isEmpty())
        layout->addWidget(plainLabel(tr("Why: %1").arg(shown(part.purpose)), box));
    if (!part.requestedClaims.isEmpty())
        layout->addWidget(
            plainLabel(tr("Asks for: %1").arg(shown(readablePaths(part.requestedClaims))), box));
    if (part.candidates.isEmpty()) {
        auto *none =
            plainLabel(tr("Nothing in your wallet fits: %1").arg(shown(part.unmatchedReason)), box,
                       QStringLiteral("unmatched%1").arg(index));
        none->setStyleSheet(StatusColour::textStyle(StatusColour::Tone::Problem, palette()));
        layout->addWidget(none);
        return box;
    }
    auto *group = new QButtonGroup(box);
    for (int c = 0; c < part.candidates.size(); ++c) {
        const Consent::Candidate &candidate = part.candidates.at(c);
        QString label =
            tr("%1 from %2").arg(shown(ReadableName::of(candidate.title)), shown(candidate.issuer));
        if (!candidate.valid)
            label += QLatin1Char(' ') + tr("(not valid: %1)").arg(shown(candidate.notValidReason));
        auto *radio = new QRadioButton(label, box);
        radio->setObjectName(QStringLiteral("candidate%1_%2").arg(index).arg(c));
        radio->setAccessibleName(label);
        radio->setChecked(m_choices.chosen(index) == c);
        group->addButton(radio, c);
        layout->addWidget(radio);
        QStringList claims;
        QStringList paths;
        for (const auto &[path, value] : candidate.disclosedClaims) {
            paths << shown(path);
            if (candidate.optionalClaims.contains(path))
                continue; // a switch of its own, below
            claims << QStringLiteral("• ") + tr("%1: %2").arg(shown(ReadableName::ofPath(path)),
                                                              shown(ReadableName::ofValue(value)));
        }
        QString leaves =
            claims.isEmpty()
                ? tr("Leaves the wallet: nothing but the credential itself")
                : tr("Leaves the wallet:") + QLatin1Char('\n') + claims.join(QLatin1Char('\n'));
        if (candidate.revealsWholeCredential)
            leaves += QLatin1Char('\n') + tr("This credential cannot hide claims: every claim in "
                                             "it goes to the verifier.");
        else if (!candidate.alsoRevealed.isEmpty())
            leaves += QLatin1Char('\n') +
                      tr("Always shown with it: %1")
                          .arg(shown(candidate.alsoRevealed.join(QStringLiteral(", "))));
        auto *detail = plainLabel(leaves, box, QStringLiteral("leaves%1_%2").arg(index).arg(c));
        detail->setToolTip(
            DisplayText::toolTip(paths.join(QLatin1Char('\n')))); // the claims' full paths
        detail->setContentsMargins(24, 0, 0, 6);
        layout->addWidget(detail);
        addOptionalClaims(layout, index, c);
    }
    connect(group, &QButtonGroup::idToggled, this, [this, index](int id, bool checked) {
        if (checked)
            m_choices.choose(index, id);
    });
    return box;
}

} // namespace vcdesk
