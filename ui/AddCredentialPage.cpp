#include "ui/AddCredentialPage.h"

#include "models/StatusColour.h"
#include "ui/PageTitle.h"

#include "core/common/DisplayText.h"
#include "core/store/CredentialImporter.h"
#include "core/verify/VerdictText.h"
#include "models/CredentialAdder.h"
#include "models/ReadableName.h"
#include "models/WalletSession.h"
#include "ui/FileDialog.h"
#include "ui/InspectionView.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace vcdesk {

AddCredentialPage::AddCredentialPage(WalletSession &session, qint64 profileId, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("addCredentialPage"));
    setAcceptDrops(true);
    m_adder = new CredentialAdder(session, profileId, this);

    auto *title = new PageTitle(tr("Add a credential"), this);
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("credentialInput"));
    m_input->setAccessibleName(tr("Credential to add"));
    m_input->setPlaceholderText(tr("Paste a credential here, drop a file on this page, or open "
                                   "one. It is checked before anything is stored."));
    m_input->setMaximumHeight(110);
    m_input->setAcceptDrops(false); // the page takes drops, files included
    m_input->setAccessibleDescription(
        tr("Paste a credential's text, or an issuer-agent record that holds credentials. It is "
           "checked when you pause typing, and its report shows below."));
    auto *open = new QPushButton(tr("&Open file…"), this);
    open->setObjectName(QStringLiteral("openFile"));
    open->setAccessibleName(tr("Open a credential file"));
    open->setToolTip(tr("Choose a credential file of up to 4 MiB, such as a JWT, SD-JWT or JSON "
                        "file; it is checked at once and its report shows below."));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(StatusColour::textStyle(StatusColour::Tone::Problem, palette()));
    m_found = new QListWidget(this);
    m_found->setObjectName(QStringLiteral("found"));
    m_found->setAccessibleName(tr("Credentials found"));
    m_found->setMaximumHeight(90);
    m_found->setAccessibleDescription(
        tr("The input held more than one credential; each is listed with the result of its "
           "checks. Choose one to see its report below."));
    m_inspection = new InspectionView(this);
    m_add = new QPushButton(tr("&Add to wallet"), this);
    m_add->setObjectName(QStringLiteral("add"));
    m_add->setAccessibleName(tr("Add what was checked to the wallet"));
    m_add->setDefault(true);
    m_add->setToolTip(tr("Stores in your wallet every credential found, with the result of its "
                         "checks; one your wallet already holds is not added twice."));
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancel"));
    cancel->setShortcut(QKeySequence::Cancel);
    cancel->setToolTip(tr("Clears what you pasted or opened and goes back to your credentials; "
                          "nothing is added to your wallet."));

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(open, 0, Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(inputRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_found);
    layout->addWidget(m_inspection, 1);
    layout->addLayout(buttons);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_input, &QPlainTextEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    // Changed text is not what was checked: nothing to add until it is checked again.
    connect(m_input, &QPlainTextEdit::textChanged, m_add, [this] {
        m_adder->clear();
        m_add->setEnabled(false);
    });
    connect(m_typing, &QTimer::timeout, this, [this] {
        const QByteArray text = m_input->toPlainText().trimmed().toUtf8();
        if (!text.isEmpty())
            examine(text, tr("pasted"));
    });
    connect(open, &QPushButton::clicked, this, &AddCredentialPage::openFile);
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_input->clear();
        m_adder->clear();
        showFound();
        emit done();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        m_add->setEnabled(false);
        emit busy(m_adder->store(), tr("Adding to the wallet…"));
    });
    connect(m_found, &QListWidget::currentRowChanged, this, &AddCredentialPage::showCandidate);
    connect(m_adder, &CredentialAdder::examined, this, &AddCredentialPage::showFound);
    // Locked: what was pasted here goes too.
    connect(&session, &WalletSession::locked, this, [this] {
        m_input->blockSignals(true);
        m_input->clear();
        m_input->blockSignals(false);
        m_problem->clear();
        showFound();
    });
    connect(m_adder, &CredentialAdder::failed, this, [this](const QString &message) {
        m_inspection->clear();
        m_problem->setText(tr("Nothing was added: %1").arg(DisplayText::escape(message, 600)));
        m_add->setEnabled(false);
    });
    connect(m_adder, &CredentialAdder::stored, this, [this](int added, int duplicates) {
        m_input->clear();
        showFound();
        emit this->added(added, duplicates);
        emit done();
    });
    showFound();
}

QString AddCredentialPage::problem() const
{
    return m_problem->text();
}

void AddCredentialPage::setText(const QString &text)
{
    m_input->setPlainText(text);
}

void AddCredentialPage::openFile()
{
    const QString path =
        FileDialog::openFileName(this, tr("Open a credential"),
                                 tr("Credentials (*.jwt *.json *.txt *.sd-jwt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void AddCredentialPage::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem->setText(tr("Cannot open %1: %2").arg(path, file.errorString()));
        return;
    }
    // Read at most one byte over the cap: the adder refuses what is larger.
    const QByteArray bytes = file.read(CredentialImporter::kMaxInputBytes + 1);
    m_input->blockSignals(true);
    m_input->setPlainText(tr("(from %1)").arg(QFileInfo(path).fileName()));
    m_input->blockSignals(false);
    examine(bytes, QFileInfo(path).fileName());
}

void AddCredentialPage::examine(const QByteArray &input, const QString &sourceRef)
{
    m_problem->clear();
    m_found->clear();
    m_add->setEnabled(false);
    m_inspection->showStatus(tr("Checking…"));
    emit busy(m_adder->examine(input, sourceRef), tr("Checking the credential…"));
}

void AddCredentialPage::showFound()
{
    m_found->clear();
    const auto &candidates = m_adder->candidates();
    for (const auto &candidate : candidates)
        m_found->addItem(
            tr("%1 — %2").arg(DisplayText::escape(ReadableName::of(candidate.record.title), 80),
                              VerdictText::label(candidate.record.verdict)));
    m_found->setVisible(candidates.size() > 1);
    m_add->setEnabled(!candidates.isEmpty());
    m_add->setText(candidates.size() > 1 ? tr("&Add %1 to wallet").arg(candidates.size())
                                         : tr("&Add to wallet"));
    if (candidates.isEmpty())
        m_inspection->clear();
    else
        m_found->setCurrentRow(0);
    showCandidate(candidates.isEmpty() ? -1 : 0);
}

void AddCredentialPage::showCandidate(int row)
{
    const auto &candidates = m_adder->candidates();
    if (row >= 0 && row < candidates.size())
        m_inspection->showInspection(candidates.at(row).inspection);
}

void AddCredentialPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void AddCredentialPage::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() && mime->urls().first().isLocalFile())
        loadFile(mime->urls().first().toLocalFile());
    else if (mime->hasText())
        setText(mime->text());
    event->acceptProposedAction();
}

} // namespace vcdesk
