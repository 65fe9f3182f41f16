#include "ui/PresentPage.h"

#include "core/common/DisplayText.h"
#include "core/verify/TrustList.h"
#include "models/ConsentChoices.h"
#include "models/PresentController.h"
#include "models/StatusColour.h"
#include "ui/CameraScanner.h"
#include "ui/ConsentView.h"
#include "ui/FileDialog.h"
#include "ui/NamedButton.h"
#include "ui/PageTitle.h"
#include "ui/PlainLabel.h"
#include "ui/ScreenRegionPicker.h"
#include "ui/WorkingStep.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace vcdesk {

namespace {

} // namespace

PresentPage::PresentPage(WalletSession &session, qint64 profileId, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("presentPage"));
    m_controller = new PresentController(session, profileId, this);
    m_controller->setTrustListPath(TrustList::defaultPath());

    m_steps = new QStackedWidget(this);
    m_steps->addWidget(startStep());
    m_steps->addWidget(workingStep());
    m_steps->addWidget(consentStep());
    m_steps->addWidget(outcomeStep());
    m_steps->addWidget(cameraStep());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Present a credential"), this));
    layout->addWidget(m_steps, 1);

    using State = PresentController::State;
    connect(m_controller, &PresentController::stateChanged, this, [this](State state) {
        switch (state) {
        case State::Idle:
            m_steps->setCurrentIndex(0);
            break;
        case State::Opening: // the link read from a QR code shows where one types it
            m_link->setText(m_controller->link());
            [[fallthrough]];
        case State::Reading:
        case State::Sending:
            m_problem->clear();
            m_steps->setCurrentIndex(1);
            break;
        case State::AwaitingConsent:
            m_consent->rebuild();
            m_steps->setCurrentIndex(2);
            m_share->setFocus();
            break;
        case State::Done:
            showOutcome();
            m_steps->setCurrentIndex(3);
            break;
        }
    });
    connect(m_controller, &PresentController::progress, this,
            [this](const QString &step) { m_working->setStep(step); });
    connect(m_controller, &PresentController::offerGiven, this, [this](const QString &link) {
        m_link->clear();
        emit offerRequested(link);
    });
    connect(m_controller, &PresentController::failed, this, [this](const QString &message) {
        m_problem->setText(DisplayText::escape(message, 600));
        m_steps->setCurrentIndex(0);
    });
}

QWidget *PresentPage::startStep()
{
    auto *step = new QWidget(this);
    auto *intro = new PlainLabel(step, QStringLiteral("intro"));
    intro->setText(tr("A verifier (a shop, a door, a web site) shows a QR code or a link. Give it "
                      "to vcdesk in one of these ways; you will see who asks and for what before "
                      "anything leaves your wallet."));
    m_link = new QLineEdit(step);
    m_link->setObjectName(QStringLiteral("link"));
    m_link->setAccessibleName(tr("Link from the verifier"));
    m_link->setPlaceholderText(tr("openid4vp://…, openid-vc://…, haip-vp://… or https://…"));
    m_link->setClearButtonEnabled(true);
    auto *go = namedButton(tr("&Continue"), QStringLiteral("start"),
                           tr("Open the verifier's request"), step);
    go->setDefault(true);
    go->setToolTip(tr("vcdesk fetches the request behind the link you typed or pasted and shows "
                      "you who asks and for what. Nothing is sent yet."));
    auto *image = namedButton(tr("From a &picture…"), QStringLiteral("fromImage"),
                              tr("Read a QR code from a picture file"), step);
    image->setToolTip(tr("Choose a picture file (PNG, JPEG, BMP, GIF or WebP) that shows the "
                         "verifier's QR code; vcdesk reads the request in it."));
    auto *screen = namedButton(tr("From the &screen…"), QStringLiteral("fromScreen"),
                               tr("Read a QR code shown on the screen"), step);
    screen->setToolTip(tr("The vcdesk window hides for a moment; then drag a rectangle around "
                          "the QR code, or press Enter to read the whole screen."));
    // Alt+M: Alt+C belongs to Continue.
    m_fromCamera = namedButton(tr("From the ca&mera…"), QStringLiteral("fromCamera"),
                               tr("Read a QR code held up to the camera"), step);
    m_fromCamera->setToolTip(tr("Shows the camera's picture; hold the QR code up to it. The "
                                "camera stops once a code is read or you cancel with Escape."));
    m_problem = new PlainLabel(step, QStringLiteral("problem"));
    m_problem->setStyleSheet(StatusColour::textStyle(StatusColour::Tone::Problem, palette()));

    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(go);
    auto *qrRow = new QHBoxLayout;
    qrRow->addWidget(new QLabel(tr("Or read the QR code:"), step)); // plain, fixed text
    qrRow->addWidget(image);
    qrRow->addWidget(screen);
    qrRow->addWidget(m_fromCamera);
    qrRow->addStretch();
    auto *layout = new QVBoxLayout(step);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(linkRow);
    layout->addLayout(qrRow);
    layout->addWidget(m_problem);
    layout->addStretch();

    connect(m_link, &QLineEdit::returnPressed, go, &QPushButton::click);
    connect(go, &QPushButton::clicked, this, [this] { m_controller->start(m_link->text()); });
    connect(image, &QPushButton::clicked, this, &PresentPage::readImageFile);
    connect(screen, &QPushButton::clicked, this, &PresentPage::readScreen);
    connect(m_fromCamera, &QPushButton::clicked, this, &PresentPage::readCamera);
    return step;
}

CameraScanner *PresentPage::cameraStep()
{
    // Hidden (another step showing) stops the camera: a lock, Cancel, a request found.
    m_scanner = new CameraScanner(this);
    connect(m_scanner, &CameraScanner::found, this, [this](const QString &link) {
        m_steps->setCurrentIndex(0);
        m_controller->start(link);
    });
    connect(m_scanner, &CameraScanner::unavailable, this, [this](const QString &sentence) {
        m_problem->setText(sentence);
        m_steps->setCurrentIndex(0);
        m_fromCamera->setFocus();
    });
    connect(m_scanner, &CameraScanner::cancelled, this, [this] {
        m_steps->setCurrentIndex(0);
        m_fromCamera->setFocus();
    });
    return m_scanner;
}

QWidget *PresentPage::workingStep()
{
    m_working = new WorkingStep(this);
    connect(m_working, &WorkingStep::cancelRequested, m_controller, &PresentController::cancel);
    return m_working;
}

QWidget *PresentPage::consentStep()
{
    auto *step = new QWidget(this);
    m_consent = new ConsentView(*m_controller->choices(), step);
    m_whyNot = new PlainLabel(step, QStringLiteral("whyNot"));
    m_whyNot->setStyleSheet(StatusColour::textStyle(StatusColour::Tone::Problem, palette()));
    m_share = namedButton(tr("&Share"), QStringLiteral("share"), tr("Share what is chosen"), step);
    m_share->setDefault(true);
    m_share->setToolTip(
        tr("Sends the verifier only the credentials and claims you chose above. "
           "It stays unavailable while something the request needs is not chosen."));
    auto *decline = namedButton(tr("&Decline"), QStringLiteral("decline"),
                                tr("Decline: tell the verifier no"), step);
    decline->setToolTip(tr("The verifier is told you declined; nothing leaves your wallet."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_whyNot, 1);
    buttons->addWidget(decline);
    buttons->addWidget(m_share);
    auto *layout = new QVBoxLayout(step);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_consent, 1);
    layout->addLayout(buttons);

    const auto update = [this] {
        const QString why = m_controller->choices()->whyNot();
        m_share->setEnabled(why.isEmpty());
        m_whyNot->setText(why);
    };
    connect(m_controller->choices(), &ConsentChoices::changed, this, update);
    connect(m_share, &QPushButton::clicked, m_controller, &PresentController::share);
    connect(decline, &QPushButton::clicked, m_controller, &PresentController::decline);
    return step;
}

QWidget *PresentPage::outcomeStep()
{
    auto *step = new QWidget(this);
    m_outcomeTitle = new PageTitle(QString(), step, 1.2);
    m_outcomeTitle->setObjectName(QStringLiteral("outcomeTitle"));
    m_outcomeText = new PlainLabel(step, QStringLiteral("outcomeText"));
    m_outcomeClaims = new PlainLabel(step, QStringLiteral("outcomeClaims"));
    auto *again = namedButton(tr("Present &again"), QStringLiteral("again"),
                              tr("Present to another verifier"), step);
    again->setToolTip(tr("Starts over, so you can give vcdesk the next verifier's link or QR "
                         "code."));
    auto *finished =
        namedButton(tr("&Done"), QStringLiteral("finished"), tr("Back to the wallet"), step);
    finished->setDefault(true);
    finished->setToolTip(tr("Closes this answer and takes you back to your credentials."));
    auto *history = namedButton(tr("See the &history"), QStringLiteral("seeHistory"),
                                tr("Every answer you gave verifiers"), step);
    history->setToolTip(tr("Opens your presentation history, newest first: when, to which "
                           "verifier, the outcome, and what was shared."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(history);
    buttons->addStretch();
    buttons->addWidget(again);
    buttons->addWidget(finished);
    auto *layout = new QVBoxLayout(step);
    layout->addWidget(m_outcomeTitle);
    layout->addWidget(m_outcomeText);
    layout->addWidget(m_outcomeClaims);
    layout->addStretch();
    layout->addLayout(buttons);
    const auto restart = [this] {
        m_link->clear();
        m_controller->reset();
    };
    connect(again, &QPushButton::clicked, this, [this, restart] {
        restart();
        m_link->setFocus();
    });
    connect(finished, &QPushButton::clicked, this, [this, restart] {
        restart();
        emit done();
    });
    connect(history, &QPushButton::clicked, this, [this, restart] {
        restart();
        emit historyRequested();
    });
    return step;
}

void PresentPage::showOutcome()
{
    using Kind = PresentController::Outcome::Kind;
    const PresentController::Outcome &outcome = m_controller->outcome();
    m_outcomeTitle->setText(outcome.title);
    m_outcomeTitle->setStyleSheet(
        outcome.kind == Kind::Shared
            ? StatusColour::textStyle(StatusColour::Tone::Success, palette())
        : outcome.kind == Kind::Refused || outcome.kind == Kind::Failed
            ? StatusColour::textStyle(StatusColour::Tone::Problem, palette())
            : QString());
    QString text = DisplayText::escape(outcome.text, 1200);
    if (outcome.redirect.isValid())
        text += QLatin1Char('\n') +
                tr("The verifier asks you to go on at %1")
                    .arg(DisplayText::escape(outcome.redirect.toDisplayString(), 300));
    m_outcomeText->setText(text);
    QStringList claims;
    for (const QString &claim : outcome.claims)
        claims << QStringLiteral("• ") + DisplayText::escape(claim, 300);
    m_outcomeClaims->setText(claims.isEmpty() ? QString()
                                              : tr("What left your wallet:") + QLatin1Char('\n') +
                                                    claims.join(QLatin1Char('\n')));
}

void PresentPage::startWith(const QString &link)
{
    m_controller->reset();
    m_link->setText(link);
    m_controller->start(link);
}

QString PresentPage::step() const
{
    static const char *names[] = {"start", "working", "consent", "outcome", "camera"};
    return QLatin1String(names[m_steps->currentIndex()]);
}

void PresentPage::readImageFile()
{
    const QString path = FileDialog::openFileName(
        this, tr("Read a QR code from a picture"),
        tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)"));
    if (!path.isEmpty())
        m_controller->startFromImageFile(path);
}

void PresentPage::readCamera()
{
    if (m_controller->state() != PresentController::State::Idle &&
        m_controller->state() != PresentController::State::Done)
        return;
    m_problem->clear();
    m_steps->setCurrentWidget(m_scanner);
    m_scanner->setFocus();
    m_scanner->start(); // no camera: back at once, with the reason (unavailable)
}

void PresentPage::hideEvent(QHideEvent *event)
{
    if (m_steps->currentWidget() == m_scanner)
        m_steps->setCurrentIndex(0); // coming back shows the ways to start, not a dead camera
    QWidget::hideEvent(event);
}

void PresentPage::readScreen()
{
    ScreenRegionPicker::pickFromScreen(
        this, this, [this](const QImage &region) { m_controller->startFromImage(region); },
        [this] {
            m_problem->setText(tr("vcdesk cannot see the screen here (some desktops do not allow "
                                  "it). Save the QR code as a picture and use “From a "
                                  "picture…”, or copy the link."));
        });
}

} // namespace vcdesk
