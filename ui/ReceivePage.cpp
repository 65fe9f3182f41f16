#include "ui/ReceivePage.h"

#include "core/common/DisplayText.h"
#include "core/oid4vp/ClaimsPath.h"
#include "core/verify/TrustList.h"
#include "models/LogoLoader.h"
#include "models/ReceiveController.h"
#include "models/StatusColour.h"
#include "models/WalletSession.h"
#include "ui/KeyPicker.h"
#include "ui/NamedButton.h"
#include "ui/PageTitle.h"
#include "ui/PlainLabel.h"
#include "ui/SignInPanel.h"
#include "ui/WorkingStep.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vcdesk {

namespace {

enum Step { Start, Working, Offer, Decision, Outcome };

/// Logical pixels: the issuer's logo beside its name, a credential's in the list.
constexpr int kLogoSide = 48;
constexpr int kIconSide = 24;

/// The format as people meet it ("SD-JWT VC", "JWT-VC").
QString formatName(const CredentialConfiguration &configuration)
{
    return configuration.isSdJwt() ? ReceivePage::tr("SD-JWT VC") : ReceivePage::tr("JWT-VC");
}

} // namespace

ReceivePage::ReceivePage(WalletSession &session, qint64 profileId, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("receivePage"));
    m_controller = new ReceiveController(session, profileId, this);
    m_controller->setTrustListPath(TrustList::defaultPath());
    m_controller->setLanguages(QLocale().uiLanguages());
    // A lock leaves nothing of an offer on the page: its link holds the offer's code.
    connect(&session, &WalletSession::locked, this, [this] { m_link->clear(); });

    m_steps = new QStackedWidget(this);
    m_steps->addWidget(startStep());
    m_steps->addWidget(workingStep());
    m_steps->addWidget(offerStep(session, profileId));
    m_steps->addWidget(decisionStep());
    m_steps->addWidget(outcomeStep());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Receive a credential"), this));
    layout->addWidget(m_steps, 1);

    using State = ReceiveController::State;
    connect(m_controller, &ReceiveController::stateChanged, this, [this](State state) {
        switch (state) {
        case State::Idle:
            // Nothing of the last offer stays: its link holds its code, the field the other.
            m_code->clear();
            m_clientId->clear(); // given by one issuer, for that issuer
            m_logos->cancel();
            m_steps->setCurrentIndex(Start);
            break;
        case State::Opening:
        case State::Receiving:
        case State::Storing:
            m_problem->clear();
            if (state != State::Receiving)
                m_signIn->hide();
            m_working->setCancellable(state != State::Storing); // a write is not cut short
            m_steps->setCurrentIndex(Working);
            break;
        case State::AwaitingConsent:
            m_steps->setCurrentIndex(Offer); // filled on consentNeeded(), once per offer
            break;
        case State::AwaitingDecision:
            showDecision();
            m_steps->setCurrentIndex(Decision);
            m_discard->setFocus(); // Enter keeps nothing
            break;
        case State::Done:
            showOutcome();
            m_steps->setCurrentIndex(Outcome);
            m_finished->setFocus();
            break;
        }
    });
    connect(m_controller, &ReceiveController::consentNeeded, this, [this] {
        showOffer();
        (m_controller->needsTransactionCode() ? static_cast<QWidget *>(m_code) : m_receive)
            ->setFocus();
    });
    connect(m_controller, &ReceiveController::progress, this,
            [this](const QString &step) { m_working->setStep(step); });
    connect(m_controller, &ReceiveController::failed, this, [this](const QString &message) {
        // A typo in the transaction code stays on the offer; anything else is back at the start.
        if (m_controller->state() == ReceiveController::State::AwaitingConsent) {
            m_offerProblem->setText(DisplayText::escape(message, 600));
            (!m_codeBox->isHidden()  ? static_cast<QWidget *>(m_code)
             : !m_keyRow->isHidden() ? static_cast<QWidget *>(m_keys)
                                     : m_receive)
                ->setFocus();
            return;
        }
        m_problem->setText(DisplayText::escape(message, 600));
        m_steps->setCurrentIndex(Start);
        m_link->setFocus();
    });
}

QWidget *ReceivePage::startStep()
{
    auto *step = new QWidget(this);
    auto *intro = new PlainLabel(step, QStringLiteral("intro"));
    intro->setText(tr("An issuer (a university, an office, a shop) gives you a link or a QR code "
                      "starting with openid-credential-offer://. Paste the link here; a QR code "
                      "is read under Present, and an offer found there comes here. You will see "
                      "who offers what before anything is asked of the issuer."));
    m_link = new QLineEdit(step);
    m_link->setObjectName(QStringLiteral("offerLink"));
    m_link->setAccessibleName(tr("Offer link from the issuer"));
    m_link->setPlaceholderText(tr("openid-credential-offer://… or https://…"));
    m_link->setClearButtonEnabled(true);
    auto *go =
        namedButton(tr("&Continue"), QStringLiteral("start"), tr("Read the issuer's offer"), step);
    go->setDefault(true);
    go->setToolTip(tr("vcdesk fetches the offer and the issuer's details and shows you who "
                      "offers what. Nothing is received yet, and the offer is not used up."));
    m_problem = new PlainLabel(step, QStringLiteral("problem"));
    m_problem->setStyleSheet(StatusColour::textStyle(StatusColour::Tone::Problem, palette()));
    auto *row = new QHBoxLayout;
    row->addWidget(m_link, 1);
    row->addWidget(go);
    auto *layout = new QVBoxLayout(step);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addStretch();
    connect(m_link, &QLineEdit::returnPressed, go, &QPushButton::click);
    connect(go, &QPushButton::clicked, this, [this] { m_controller->start(m_link->text()); });
    return step;
}

QWidget *ReceivePage::workingStep()
{
    m_working = new WorkingStep(this);
    connect(m_working, &WorkingStep::cancelRequested, m_controller, &ReceiveController::cancel);
    m_signIn = new SignInPanel(m_working);
    m_signIn->hide();
    m_working->addDetail(m_signIn);
    connect(m_controller, &ReceiveController::signInRequested, m_signIn, &SignInPanel::open);
    connect(m_signIn, &SignInPanel::freshPageWanted, m_controller,
            &ReceiveController::openSignInAgain);
    connect(m_controller, &ReceiveController::signInPageRefused, m_signIn,
            &SignInPanel::showRefusal);
    connect(m_controller, &ReceiveController::signedIn, m_signIn, &QWidget::hide);
    return m_working;
}

QWidget *ReceivePage::offerStep(WalletSession &session, qint64 profileId)
{
    auto *step = new QWidget(this);
    m_issuer = new PlainLabel(step, QStringLiteral("issuer"));
    // Logos are the issuer's word, fetched once the offer is shown; until then (or when one
    // cannot be had) the names stand alone.
    m_issuerLogo = new QLabel(step);
    m_issuerLogo->setObjectName(QStringLiteral("issuerLogo"));
    m_issuerLogo->setFixedSize(kLogoSide, kLogoSide);
    m_issuerLogo->setAlignment(Qt::AlignCenter);
    m_issuerLogo->hide();
    m_logos = new LogoLoader(this);
    connect(m_logos, &LogoLoader::loaded, this, &ReceivePage::showLogo);
    auto *issuerRow = new QHBoxLayout;
    issuerRow->addWidget(m_issuerLogo);
    issuerRow->addWidget(m_issuer, 1);
    m_offered = new QTreeWidget(step);
    m_offered->setObjectName(QStringLiteral("offered"));
    m_offered->setAccessibleName(tr("What the issuer offers"));
    m_offered->setAccessibleDescription(
        tr("Each credential on offer with its format, and under it the claims it holds. One "
           "that vcdesk cannot keep is marked and left out."));
    m_offered->setHeaderLabels({tr("Credential"), tr("Format")});
    m_offered->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_offered->setRootIsDecorated(true);
    m_offered->setUniformRowHeights(true);
    m_offered->setIconSize(QSize(kIconSide, kIconSide));

    m_codeBox = new QWidget(step);
    m_codeHelp = new PlainLabel(m_codeBox, QStringLiteral("codeHelp"));
    m_code = new QLineEdit(m_codeBox);
    m_code->setObjectName(QStringLiteral("transactionCode"));
    m_code->setAccessibleName(tr("Transaction code"));
    m_code->setEchoMode(QLineEdit::Password); // a one-time secret: not for onlookers
    m_code->setAccessibleDescription(
        tr("Type the code the issuer sent you separately, for example by e-mail or text "
           "message; it stays hidden as you type. Press Enter to receive the credentials."));
    m_code->setMaximumWidth(m_code->fontMetrics().averageCharWidth() * 28);
    auto *codeLabel = new QLabel(tr("&Transaction code:"), m_codeBox);
    codeLabel->setBuddy(m_code);
    auto *codeRow = new QHBoxLayout;
    codeRow->setContentsMargins(0, 0, 0, 0);
    codeRow->addWidget(codeLabel);
    codeRow->addWidget(m_code);
    codeRow->addStretch();
    auto *codeLayout = new QVBoxLayout(m_codeBox);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_codeHelp);
    codeLayout->addLayout(codeRow);

    // Which key: asked only when the profile has more than one.
    m_keyRow = new QWidget(step);
    m_keys = new KeyPicker(session, profileId, m_keyRow);
    auto *keyLabel = new QLabel(tr("Bind to &key:"), m_keyRow);
    keyLabel->setBuddy(m_keys);
    auto *keyRow = new QHBoxLayout(m_keyRow);
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(keyLabel);
    keyRow->addWidget(m_keys);
    keyRow->addStretch();
    m_keyRow->setVisible(m_keys->count() > 1);
    connect(m_keys, &KeyPicker::listed, this,
            [this] { m_keyRow->setVisible(m_keys->count() > 1); });

    m_signInNote = new PlainLabel(step, QStringLiteral("signInNote"));
    // Most issuers take any wallet; one that takes only registered ones gives the person a
    // client id, asked here only for offers that need a sign-in.
    m_clientIdRow = new QWidget(step);
    m_clientId = new QLineEdit(m_clientIdRow);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setAccessibleName(tr("Client id at the issuer"));
    m_clientId->setPlaceholderText(QStringLiteral("vcdesk"));
    m_clientId->setMaxLength(200);
    m_clientId->setMaximumWidth(m_clientId->fontMetrics().averageCharWidth() * 40);
    auto *clientIdLabel = new QLabel(tr("Sign in as &client:"), m_clientIdRow);
    clientIdLabel->setBuddy(m_clientId);
    auto *clientIdHelp = new QLabel(tr("(only if the issuer gave you a client id)"), m_clientIdRow);
    auto *clientIdRow = new QHBoxLayout(m_clientIdRow);
    clientIdRow->setContentsMargins(0, 0, 0, 0);
    clientIdRow->addWidget(clientIdLabel);
    clientIdRow->addWidget(m_clientId);
    clientIdRow->addWidget(clientIdHelp);
    clientIdRow->addStretch();
    m_offerProblem = new PlainLabel(step, QStringLiteral("offerProblem"));
    m_offerProblem->setStyleSheet(StatusColour::textStyle(StatusColour::Tone::Problem, palette()));
    m_receive = namedButton(tr("&Receive"), QStringLiteral("receive"),
                            tr("Receive these credentials into your wallet"), step);
    m_receive->setDefault(true);
    m_receive->setToolTip(tr("vcdesk asks the issuer for the credentials, bound to your key, and "
                             "checks them. If they all pass they are stored at once; if not, you "
                             "see why before anything is stored."));
    auto *notNow = namedButton(tr("&Not now"), QStringLiteral("notNow"),
                               tr("Leave the offer: nothing is asked of the issuer"), step);
    notNow->setShortcut(QKeySequence::Cancel);
    notNow->setToolTip(
        tr("You go back to your credentials, and the offer's link is cleared from this page."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_offerProblem, 1);
    buttons->addWidget(notNow);
    buttons->addWidget(m_receive);
    auto *layout = new QVBoxLayout(step);
    layout->addLayout(issuerRow);
    layout->addWidget(m_offered, 1);
    layout->addWidget(m_codeBox);
    layout->addWidget(m_keyRow);
    layout->addWidget(m_signInNote);
    layout->addWidget(m_clientIdRow);
    layout->addLayout(buttons);
    connect(m_code, &QLineEdit::returnPressed, m_receive, &QPushButton::click);
    connect(m_receive, &QPushButton::clicked, this, [this] {
        m_offerProblem->clear();
        m_controller->setClientId(m_clientId->text());
        m_controller->accept(m_code->text(), m_keys->keyDid());
    });
    connect(notNow, &QPushButton::clicked, this, [this] {
        m_controller->reset();
        m_link->clear();
        emit done();
    });
    return step;
}

QWidget *ReceivePage::decisionStep()
{
    auto *step = new QWidget(this);
    auto *title = new PageTitle(tr("Not as it should be"), step, 1.2);
    title->setStyleSheet(StatusColour::textStyle(StatusColour::Tone::Problem, palette()));
    m_decisionText = new PlainLabel(step, QStringLiteral("decisionText"));
    m_keep = namedButton(tr("&Keep anyway"), QStringLiteral("keepAnyway"),
                         tr("Store them as they are, marked as not valid"), step);
    m_keep->setToolTip(tr("The credentials go into your wallet but stay marked as not valid, and "
                          "the issuer is told you accepted them."));
    m_discard = namedButton(tr("&Discard"), QStringLiteral("discard"),
                            tr("Keep nothing from this offer"), step);
    m_discard->setDefault(true); // the safe choice is the one Enter takes
    m_discard->setToolTip(
        tr("Nothing the issuer sent is stored, and the issuer is told you did not keep it."));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_keep);
    buttons->addWidget(m_discard);
    auto *layout = new QVBoxLayout(step);
    layout->addWidget(title);
    layout->addWidget(m_decisionText);
    layout->addStretch();
    layout->addLayout(buttons);
    connect(m_keep, &QPushButton::clicked, m_controller, &ReceiveController::keepAnyway);
    connect(m_discard, &QPushButton::clicked, m_controller, &ReceiveController::discard);
    return step;
}

QWidget *ReceivePage::outcomeStep()
{
    auto *step = new QWidget(this);
    m_outcomeTitle = new PageTitle(QString(), step, 1.2);
    m_outcomeTitle->setObjectName(QStringLiteral("outcomeTitle"));
    m_outcomeText = new PlainLabel(step, QStringLiteral("outcomeText"));
    m_finished =
        namedButton(tr("&Done"), QStringLiteral("finished"), tr("Back to the wallet"), step);
    m_finished->setDefault(true);
    m_finished->setToolTip(
        tr("You return to your credentials. What was received, if anything, is listed there."));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_finished);
    auto *layout = new QVBoxLayout(step);
    layout->addWidget(m_outcomeTitle);
    layout->addWidget(m_outcomeText);
    layout->addStretch();
    layout->addLayout(buttons);
    connect(m_finished, &QPushButton::clicked, this, [this] {
        m_controller->reset();
        m_link->clear();
        emit done();
    });
    return step;
}

void ReceivePage::showOffer()
{
    const QStringList languages = QLocale().uiLanguages();
    const ResolvedOffer &offer = m_controller->offer();
    const QString name = offer.issuer.display().pick(languages).name;
    const QString host = offer.issuer.issuer().url().host();
    m_issuer->setText(
        name.isEmpty() ? tr("%1 offers you:").arg(DisplayText::escape(host, 120))
                       : tr("%1 (%2) offers you:")
                             .arg(DisplayText::escape(name, 80), DisplayText::escape(host, 120)));
    const LocalizedDisplay::Entry issuerDisplay = offer.issuer.display().pick(languages);
    m_issuerLogoUri = issuerDisplay.logoUri;
    m_issuerLogo->hide();
    m_issuerLogo->clear();
    m_issuerLogo->setAccessibleName(issuerDisplay.logoAltText.isEmpty()
                                        ? tr("The issuer's logo")
                                        : DisplayText::escape(issuerDisplay.logoAltText, 120));
    QStringList logos{m_issuerLogoUri};
    m_offered->clear();
    for (const CredentialConfiguration &configuration : offer.configurations) {
        const QString shown = configuration.display().pick(languages).name;
        logos << configuration.display().pick(languages).logoUri;
        auto *item = new QTreeWidgetItem(
            m_offered, {DisplayText::escape(shown.isEmpty() ? configuration.id() : shown, 120),
                        configuration.isSupportedFormat()
                            ? formatName(configuration)
                            : tr("%1 (vcdesk cannot keep it: left out)")
                                  .arg(DisplayText::escape(configuration.format(), 40))});
        for (const auto &claim : configuration.claims().claims()) {
            const QString label = claim.display.pick(languages).name;
            new QTreeWidgetItem(
                item, {DisplayText::escape(
                          label.isEmpty() ? ClaimsPath::toDisplay(claim.path) : label, 120)});
        }
        item->setData(0, Qt::UserRole, configuration.display().pick(languages).logoUri);
        item->setExpanded(true);
    }
    m_logos->setNetworkPolicy(m_controller->networkPolicy());
    m_logos->setAllowedOrigin(offer.issuer.issuer().url());
    m_logos->load(logos, int(kLogoSide * devicePixelRatioF()));
    m_code->clear();
    m_offerProblem->clear();
    m_codeBox->setVisible(m_controller->needsTransactionCode());
    m_signInNote->setVisible(m_controller->needsSignIn());
    m_clientIdRow->setVisible(m_controller->needsSignIn());
    m_signInNote->setText(
        tr("You will sign in at %1 in your browser first; vcdesk then receives what you chose.")
            .arg(DisplayText::escape(offer.server.issuer().url().host(), 120)));
    if (m_controller->needsTransactionCode()) {
        const TransactionCodeSpec &spec = *offer.offer.preAuthorized()->transactionCode;
        QString help = spec.description.isEmpty()
                           ? tr("The issuer sent you a transaction code another way (a letter, "
                                "an e-mail, a text message).")
                           : tr("The issuer says: %1")
                                 .arg(DisplayText::escape(spec.description,
                                                          TransactionCodeSpec::kMaxDescription));
        if (spec.length > 1)
            help += QLatin1Char(' ') + tr("The code is %1 characters long.").arg(spec.length);
        else if (spec.length == 1)
            help += QLatin1Char(' ') + tr("The code is one character long.");
        m_codeHelp->setText(help);
        const bool numeric = spec.inputMode == TransactionCodeSpec::InputMode::Numeric;
        m_code->setValidator(numeric ? new QRegularExpressionValidator(
                                           QRegularExpression(QStringLiteral("[0-9]*")), m_code)
                                     : nullptr);
        m_code->setInputMethodHints(numeric ? Qt::ImhDigitsOnly : Qt::ImhNone);
        m_code->setMaxLength(spec.length > 0 ? spec.length : 256);
    }
}

void ReceivePage::showLogo(const QString &uri, const QImage &image)
{
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(ratio);
    if (uri == m_issuerLogoUri) {
        m_issuerLogo->setPixmap(pixmap);
        m_issuerLogo->show();
    }
    const QPixmap icon =
        QPixmap::fromImage(image.scaled(int(kIconSide * ratio), int(kIconSide * ratio),
                                        Qt::KeepAspectRatio, Qt::SmoothTransformation));
    for (int row = 0; row < m_offered->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_offered->topLevelItem(row);
        if (item->data(0, Qt::UserRole).toString() == uri)
            item->setIcon(0, QIcon(icon));
    }
}

void ReceivePage::showDecision()
{
    QStringList lines;
    for (const ReceivedCredential &credential : m_controller->received()) {
        if (credential.problem.code.isEmpty())
            continue;
        lines << QStringLiteral("• ") +
                     tr("%1: %2").arg(DisplayText::escape(credential.record.title, 80),
                                      DisplayText::escape(credential.problem.message, 400));
    }
    const bool canKeep = m_controller->canKeepAnyway();
    m_keep->setVisible(canKeep);
    m_decisionText->setText(
        tr("The issuer sent credentials that should not be kept as they are:") + QLatin1Char('\n') +
        lines.join(QLatin1Char('\n')) + QLatin1Char('\n') +
        (canKeep ? tr("Keep them anyway (they stay marked as not valid), or discard everything "
                      "from this offer.")
                 : tr("They cannot be kept: discard everything from this offer, and tell the "
                      "issuer if you expected something else.")));
}

void ReceivePage::showOutcome()
{
    using Kind = ReceiveController::Outcome::Kind;
    const ReceiveController::Outcome &outcome = m_controller->outcome();
    m_outcomeTitle->setText(outcome.title);
    m_outcomeTitle->setStyleSheet(
        outcome.kind == Kind::Stored
            ? StatusColour::textStyle(StatusColour::Tone::Success, palette())
        : outcome.kind == Kind::Failed
            ? StatusColour::textStyle(StatusColour::Tone::Problem, palette())
            : QString());
    m_outcomeText->setText(DisplayText::escape(outcome.text, 1200));
}

bool ReceivePage::startWith(const QString &link)
{
    if (m_controller->isBusy())
        return false; // another offer's code may be spent: it is not thrown away
    m_controller->reset();
    m_link->setText(link);
    m_controller->start(link);
    return true;
}

QString ReceivePage::step() const
{
    static const char *names[] = {"start", "working", "offer", "decision", "outcome"};
    return QLatin1String(names[m_steps->currentIndex()]);
}

} // namespace vcdesk
