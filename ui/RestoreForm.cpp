#include "ui/RestoreForm.h"

#include "core/common/Error.h"
#include "models/StatusColour.h"
#include "models/WalletSession.h"
#include "ui/FileDialog.h"
#include "ui/PassphraseMeter.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace vcdesk {

QLineEdit *RestoreForm::secretField(const char *name, const QString &accessibleName,
                                    QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(QLatin1String(name));
    field->setEchoMode(QLineEdit::Password);
    field->setAccessibleName(accessibleName);
    return field;
}

RestoreForm::RestoreForm(WalletSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("restoreForm"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Restore a wallet from a backup file made by vcdesk (for example "
                                "on another computer). It needs the backup's passphrase; then "
                                "choose a new passphrase for the wallet on this computer."),
                             this);
    intro->setWordWrap(true);
    outer->addWidget(intro);
    outer->addSpacing(12);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("backupFile"));
    m_file->setAccessibleName(tr("Backup file"));
    m_file->setPlaceholderText(tr("The backup file"));
    m_choose = new QPushButton(tr("C&hoose…"), this);
    m_choose->setObjectName(QStringLiteral("chooseBackup"));
    m_choose->setAccessibleName(tr("Choose the backup file"));
    m_choose->setToolTip(tr("Opens a file dialog; the file you choose fills in the field beside "
                            "it, and you go on to the backup's passphrase."));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    m_backupPassphrase = secretField("backupPassphrase", tr("The backup's passphrase"), this);
    m_passphrase = secretField("restoredPassphrase", tr("New passphrase"), this);
    m_repeat = secretField("repeatRestoredPassphrase", tr("Repeat the new passphrase"), this);
    m_backupPassphrase->setAccessibleDescription(
        tr("The passphrase chosen when this backup was made, which may differ from the wallet's. "
           "With a wrong one, nothing is restored."));
    m_passphrase->setAccessibleDescription(
        tr("The passphrase that will unlock the restored wallet on this computer. The meter "
           "below says whether it is strong enough."));
    m_repeat->setAccessibleDescription(
        tr("Type the new passphrase once more; the wallet can be restored only when both are "
           "the same."));
    m_meter = new PassphraseMeter(this);
    m_meter->setObjectName(QStringLiteral("restoreStrength"));
    m_mismatch = new QLabel(this);
    m_mismatch->setObjectName(QStringLiteral("restoreMismatch"));
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("restorePath"));
    m_where->setTextFormat(Qt::PlainText);
    m_where->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&Backup file:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("Backup's &passphrase:"), m_backupPassphrase);
    form->addRow(tr("&New passphrase:"), m_passphrase);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Repeat it:"), m_repeat);
    form->addRow(QString(), m_mismatch);
    form->addRow(tr("Restored into:"), m_where);
    outer->addLayout(form);

    m_remember = new QCheckBox(tr("Re&member it in the system keychain (unlock without typing "
                                  "the passphrase on this computer)"),
                               this);
    m_remember->setObjectName(QStringLiteral("restoreRememberInKeychain"));
    m_remember->setAccessibleName(tr("Remember the restored wallet in the system keychain"));
    m_remember->setToolTip(tr("Once the wallet is restored, the system keychain is asked to keep "
                              "its key, so you can unlock it on this computer without typing "
                              "the passphrase."));
    outer->addWidget(m_remember);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("restoreProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(StatusColour::textStyle(StatusColour::Tone::Problem, palette()));
    outer->addWidget(m_problem);

    m_back = new QPushButton(tr("Bac&k"), this);
    m_back->setObjectName(QStringLiteral("restoreBack"));
    m_back->setAccessibleName(tr("Back to making a new wallet"));
    m_back->setToolTip(tr("Returns to the form that makes a new wallet; nothing is restored. "
                          "Esc does the same."));
    m_restore = new QPushButton(tr("Re&store"), this);
    m_restore->setObjectName(QStringLiteral("restoreWallet"));
    m_restore->setAccessibleName(tr("Restore the wallet"));
    m_restore->setToolTip(tr("Makes a wallet from the backup at the place shown, locked with "
                             "your new passphrase. An existing wallet file there is never "
                             "replaced; if anything fails, nothing is restored."));
    m_restore->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_restore);
    outer->addLayout(buttons);

    for (QLineEdit *field : {m_file, m_backupPassphrase, m_passphrase, m_repeat}) {
        connect(field, &QLineEdit::textChanged, this, &RestoreForm::updateState);
        connect(field, &QLineEdit::returnPressed, this, &RestoreForm::restore);
    }
    connect(m_choose, &QPushButton::clicked, this, &RestoreForm::chooseFile);
    connect(m_restore, &QPushButton::clicked, this, &RestoreForm::restore);
    connect(m_back, &QPushButton::clicked, this, &RestoreForm::back);
    updateState();
}

void RestoreForm::keyPressEvent(QKeyEvent *event)
{
    // Esc in any field (they pass it on) goes back, unless a restore is running.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        if (!m_restoring)
            emit back();
        return;
    }
    QWidget::keyPressEvent(event);
}

void RestoreForm::setWalletPath(const QString &path)
{
    m_path = path;
    m_where->setText(path);
}

QString RestoreForm::problem() const
{
    return m_problem->text();
}

void RestoreForm::focusFirstField()
{
    (m_file->text().isEmpty() ? m_file : m_backupPassphrase)->setFocus();
}

QString RestoreForm::sentenceFor(const Error &error)
{
    const QString &code = error.code;
    if (code == QLatin1String("backup.wrong_passphrase"))
        return tr("That is not the backup's passphrase, or the backup was changed. Nothing was "
                  "restored.");
    if (code == QLatin1String("backup.not_a_backup") || code == QLatin1String("backup.unsupported"))
        return tr("This file is not a vcdesk backup this version can read. Nothing was restored.");
    if (code == QLatin1String("backup.truncated") || code == QLatin1String("backup.tampered"))
        return tr("This backup is damaged or incomplete. Nothing was restored.");
    if (code == QLatin1String("backup.not_found"))
        return tr("The backup file cannot be read (%1). Nothing was restored.").arg(error.message);
    if (code == QLatin1String("wallet.exists"))
        return tr("There is already a wallet file there. Nothing was restored.");
    return tr("The wallet was not restored: %1.").arg(error.message);
}

void RestoreForm::updateState()
{
    m_meter->setPassphrase(m_passphrase->text());
    const bool typed = !m_repeat->text().isEmpty();
    const bool same = m_passphrase->text() == m_repeat->text();
    m_mismatch->setText(typed && !same ? tr("The two passphrases differ.") : QString());
    const bool complete =
        !m_file->text().trimmed().isEmpty() && !m_backupPassphrase->text().isEmpty();
    m_restore->setEnabled(!m_restoring && complete && m_meter->assessment().acceptable() && same);
    for (QWidget *control : std::initializer_list<QWidget *>{
             m_file, m_choose, m_backupPassphrase, m_passphrase, m_repeat, m_remember, m_back})
        control->setEnabled(!m_restoring);
}

void RestoreForm::chooseFile()
{
    const QString file =
        FileDialog::openFileName(this, tr("Choose the backup"), tr("All files (*)"));
    if (file.isEmpty())
        return;
    m_file->setText(file);
    m_backupPassphrase->setFocus();
}

void RestoreForm::restore()
{
    updateState();
    if (!m_restore->isEnabled())
        return;
    QByteArray backupPassphrase = m_backupPassphrase->text().toUtf8();
    QByteArray passphrase = m_passphrase->text().toUtf8();
    // The fields forget them at once; the session wipes its copies.
    m_backupPassphrase->clear();
    m_passphrase->clear();
    m_repeat->clear();
    m_problem->clear();
    m_restoring = true;
    updateState();
    Activity<void> *activity =
        m_session.restore(m_file->text().trimmed(), std::move(backupPassphrase), m_path,
                          std::move(passphrase), m_kdf);
    connect(activity, &ActivityBase::finished, this, [this, activity] {
        m_restoring = false;
        updateState();
        if (const Status done = activity->result(); !done) {
            m_problem->setText(sentenceFor(done.error()));
            m_backupPassphrase->setFocus();
        }
    });
    emit started(activity, tr("Restoring your wallet from the backup…"), m_remember->isChecked());
}

} // namespace vcdesk
