#include "ui/CredentialDetailPage.h"

#include "core/common/DisplayText.h"
#include "core/did/MultiMethodDidResolver.h"
#include "models/CheckRecorder.h"
#include "models/CredentialTagger.h"
#include "models/InspectionController.h"
#include "models/ReadableName.h"
#include "models/WalletSession.h"
#include "ui/FileDialog.h"
#include "ui/InspectionView.h"
#include "ui/MessageBox.h"
#include "ui/PageTitle.h"
#include "ui/QrCodeView.h"
#include "ui/TagsEditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace vcdesk {

namespace {

QLabel *factLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText); // everything here comes from the credential
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString dateText(const QDateTime &when, const QString &otherwise)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat) : otherwise;
}

} // namespace

CredentialDetailPage::CredentialDetailPage(WalletSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("credentialDetailPage"));
    m_controller = new InspectionController(MultiMethodDidResolver::createDefault(), this);

    auto *backButton = new QPushButton(tr("← &Credentials"), this);
    backButton->setObjectName(QStringLiteral("back"));
    backButton->setAccessibleName(tr("Back to the credentials"));
    backButton->setShortcut(QKeySequence::Back);
    backButton->setToolTip(tr("Returns to the list of credentials in your wallet."));
    m_title = new PageTitle(QString(), this);
    m_title->setObjectName(QStringLiteral("title"));
    m_recheck = new QPushButton(tr("&Re-check now"), this);
    m_recheck->setObjectName(QStringLiteral("recheck"));
    m_recheck->setAccessibleName(tr("Check the credential again now"));
    m_recheck->setToolTip(
        tr("Verifies the credential again as of now, which may ask the network for the "
           "issuer's DID and status list. The result shows below and in your "
           "credential list."));
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setAccessibleName(tr("Export the credential to a file"));
    m_export->setToolTip(tr("Saves the credential exactly as stored to a file you choose. The "
                            "file is not protected by your wallet's passphrase."));
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("delete"));
    m_delete->setAccessibleName(tr("Delete the credential from the wallet"));
    m_delete->setToolTip(tr("Asks first; then your wallet loses the credential for good. Export "
                            "it first if you may need it again."));
    auto *top = new QHBoxLayout;
    top->addWidget(backButton);
    top->addWidget(m_title, 1);
    top->addWidget(m_recheck);
    top->addWidget(m_export);
    top->addWidget(m_delete);

    m_facts = new QFormLayout;
    m_issuer = factLabel(this, "issuer");
    m_subject = factLabel(this, "subject");
    m_validity = factLabel(this, "validity");
    m_source = factLabel(this, "source");
    m_tags = factLabel(this, "tags");
    m_facts->addRow(tr("Issuer:"), m_issuer);
    m_facts->addRow(tr("About:"), m_subject);
    m_facts->addRow(tr("Valid:"), m_validity);
    m_facts->addRow(tr("Added:"), m_source);
    m_editTags = new QPushButton(tr("Edit &tags…"), this);
    m_editTags->setObjectName(QStringLiteral("editTags"));
    m_editTags->setAccessibleName(tr("Edit the credential's tags"));
    m_editTags->setToolTip(tr("Opens a line where you type tags separated by commas, such as "
                              "work, travel. Enter saves them; Escape cancels."));
    auto *tagsRow = new QHBoxLayout;
    tagsRow->addWidget(m_tags, 1);
    tagsRow->addWidget(m_editTags);
    m_facts->addRow(tr("Tags:"), tagsRow);
    m_tagsEditor = new TagsEditor(this);
    m_facts->addRow(m_tagsEditor);
    m_tagger = new CredentialTagger(m_session, this);

    m_inspection = new InspectionView(this);
    m_token = new QPlainTextEdit(this);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setReadOnly(true);
    m_token->setAccessibleName(tr("The credential as stored"));
    m_token->setAccessibleDescription(tr("The credential's text exactly as your wallet keeps it, "
                                         "a compact token or JSON. Read-only; you can select and "
                                         "copy it."));
    m_inspection->addTab(m_token, tr("Token"));
    m_qrCode = new QrCodeView(this);
    m_inspection->addTab(m_qrCode, tr("QR code"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(m_facts);
    layout->addWidget(m_inspection, 1);

    connect(backButton, &QPushButton::clicked, this, &CredentialDetailPage::back);
    connect(m_recheck, &QPushButton::clicked, this, &CredentialDetailPage::recheck);
    connect(m_export, &QPushButton::clicked, this, &CredentialDetailPage::exportToFile);
    connect(m_delete, &QPushButton::clicked, this, &CredentialDetailPage::remove);
    connect(m_editTags, &QPushButton::clicked, this, [this] {
        if (m_record.id != 0)
            m_tagsEditor->start(CredentialTagger::joined(m_record.tags));
    });
    connect(m_tagsEditor, &TagsEditor::saveRequested, this, [this](const QString &line) {
        if (m_record.id == 0)
            return;
        m_tagsEditor->setSaving(true);
        m_tagger->save(m_record.id, line);
    });
    connect(m_tagsEditor, &TagsEditor::cancelled, m_editTags, qOverload<>(&QWidget::setFocus));
    connect(m_tagger, &CredentialTagger::saved, this, [this](qint64 id, const QStringList &tags) {
        if (id != m_record.id)
            return; // locked, or another credential opened, meanwhile
        m_record.tags = tags;
        showTags();
        m_tagsEditor->finish();
        m_editTags->setFocus();
    });
    connect(m_tagger, &CredentialTagger::failed, this, [this](qint64 id, const QString &sentence) {
        if (id == m_record.id)
            m_tagsEditor->showProblem(sentence);
    });
    connect(m_controller, &InspectionController::busyChanged, this, [this](bool busy) {
        m_recheck->setEnabled(!busy && m_record.id != 0);
        if (busy)
            m_inspection->showStatus(tr("Checking…"));
    });
    connect(m_controller, &InspectionController::failed, this,
            [this](const QString &message) { m_inspection->showStatus(message); });
    connect(m_controller, &InspectionController::inspected, this,
            [this](const Inspection &inspection) {
                if (m_record.id == 0)
                    return; // locked or deleted meanwhile
                m_inspection->showInspection(inspection);
                // The list shows what was found now.
                m_record = CheckRecorder::store(m_session, m_record, inspection);
            });
    connect(&m_session, &WalletSession::locked, this, &CredentialDetailPage::forget);
    forget();
}

QString CredentialDetailPage::titleText() const
{
    return m_title->text();
}

QString CredentialDetailPage::tokenText() const
{
    return m_token->toPlainText();
}

void CredentialDetailPage::forget()
{
    m_record = CredentialRecord{};
    m_title->clear();
    for (QLabel *label : {m_issuer, m_subject, m_validity, m_source, m_tags})
        label->clear();
    m_token->clear();
    m_qrCode->clear();
    m_inspection->clear();
    m_tagsEditor->finish();
    for (QPushButton *button : {m_recheck, m_export, m_delete, m_editTags})
        button->setEnabled(false);
}

void CredentialDetailPage::showCredential(qint64 id)
{
    forget();
    m_inspection->showStatus(tr("Opening…"));
    auto *opened =
        m_session.read<CredentialRecord>([id](Wallet &wallet, const ActivityBase::Context &) {
            return wallet.credentials().open(id);
        });
    connect(opened, &ActivityBase::finished, this, [this, opened] {
        opened->deleteLater();
        if (!opened->result()) {
            m_inspection->showStatus(
                tr("This credential cannot be opened: %1").arg(opened->result().error().message));
            return;
        }
        showRecord(opened->result().value());
    });
    emit busy(opened, tr("Opening the credential…"));
}

void CredentialDetailPage::showRecord(const CredentialRecord &record)
{
    m_record = record;
    const auto shown = [](const QString &text) { return DisplayText::escape(text, 400); };
    m_title->setText(
        shown(ReadableName::of(record.title.isEmpty() ? tr("Credential") : record.title)));
    m_issuer->setText(record.issuerName.isEmpty()
                          ? shown(record.issuer)
                          : tr("%1 (%2)").arg(shown(record.issuerName), shown(record.issuer)));
    m_subject->setText(record.subject.isEmpty() ? tr("not named") : shown(record.subject));
    m_validity->setText(tr("from %1 until %2")
                            .arg(dateText(record.issuedAt, tr("an unknown time")),
                                 dateText(record.expiresAt, tr("no end"))));
    const QString when =
        dateText(QDateTime::fromSecsSinceEpoch(record.addedAt, Qt::UTC), tr("an unknown time"));
    m_source->setText(
        record.sourceRef.isEmpty()
            ? tr("%1, %2").arg(when, shown(record.sourceKind))
            : tr("%1, %2 (%3)").arg(when, shown(record.sourceKind), shown(record.sourceRef)));
    showTags();
    m_token->setPlainText(QString::fromUtf8(record.raw));
    m_qrCode->showText(record.raw); // for a phone or a kiosk to read; too large says so
    for (QPushButton *button : {m_export, m_delete, m_editTags})
        button->setEnabled(true);
    recheck();
}

void CredentialDetailPage::showTags()
{
    m_tags->setText(m_record.tags.isEmpty()
                        ? tr("none")
                        : DisplayText::escape(CredentialTagger::joined(m_record.tags), 400));
}

void CredentialDetailPage::recheck()
{
    if (m_record.id != 0)
        m_controller->inspect(m_record.raw);
}

void CredentialDetailPage::exportToFile()
{
    if (m_record.id == 0)
        return;
    const bool json = m_record.raw.trimmed().startsWith('{');
    const QString suggested =
        ReadableName::of(m_record.title).replace(QLatin1Char(' '), QLatin1Char('-')) +
        (json ? QStringLiteral(".json") : QStringLiteral(".jwt"));
    const QString path =
        FileDialog::saveFileName(this, tr("Export the credential"), suggested,
                                 tr("Credentials (*.jwt *.json *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    auto *writing = new Activity<bool>(this);
    const QByteArray raw = m_record.raw;
    writing->start([path, raw](const ActivityBase::Context &) -> Result<bool> {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(raw) != raw.size() || !file.commit())
            return Error{QStringLiteral("io.write"),
                         tr("cannot write %1: %2").arg(path, file.errorString())};
        return true;
    });
    connect(writing, &ActivityBase::finished, this, [this, writing, path] {
        writing->deleteLater();
        if (writing->result())
            emit message(tr("Exported"), tr("The credential is in %1.").arg(path),
                         WalletSession::MessageKind::Information);
        else
            emit message(tr("Not exported"), writing->result().error().message,
                         WalletSession::MessageKind::Error);
    });
    emit busy(writing, tr("Exporting…"));
}

void CredentialDetailPage::remove()
{
    if (m_record.id == 0)
        return;
    const qint64 id = m_record.id;
    MessageBox::confirm(this, tr("Delete the credential?"),
                        tr("Delete \"%1\" from the wallet? This cannot be undone; export it "
                           "first if you may need it again.")
                            .arg(DisplayText::escape(ReadableName::of(m_record.title), 120)),
                        tr("Delete"), [this, id] {
                            // Locked, or another credential opened, while the question was
                            // open: the answer was about something no longer shown.
                            if (m_record.id == id && m_session.isUnlocked())
                                removeNow(id);
                        });
}

void CredentialDetailPage::removeNow(qint64 id)
{
    auto *removing = m_session.write<bool>([id](Wallet &wallet, const ActivityBase::Context &) {
        if (auto done = wallet.credentials().remove(id); !done)
            return Result<bool>(done.error());
        return Result<bool>(true);
    });
    connect(removing, &ActivityBase::finished, this, [this, removing, id] {
        removing->deleteLater();
        if (!removing->result()) {
            emit message(tr("Not deleted"), removing->result().error().message,
                         WalletSession::MessageKind::Error);
            return;
        }
        forget();
        emit removed(id);
    });
    emit busy(removing, tr("Deleting…"));
}

} // namespace vcdesk
