#pragma once

#include "core/store/CredentialRecord.h"
#include "models/WalletSession.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace vcdesk {

class ActivityBase;
class CredentialTagger;
class InspectionController;
class InspectionView;
class QrCodeView;
class TagsEditor;

/// One credential of the wallet: what it is (readable title, issuer with its trust-list name,
/// subject, validity, where it came from, tags), its validation report as checked now (every
/// check with its reason; "Re-check now" runs it again, off the GUI thread, and stores the new
/// verdict, whether it is revoked or suspended, and the claims its card shows), its claims as a
/// tree, the token itself, and the token as a QR code where it fits (a sentence says when it does
/// not). "Edit tags…" opens an editor in the page (TagsEditor; saved through CredentialTagger, what
/// is wrong said beside it). Export writes the token to a file; Delete asks first. Locking the
/// wallet empties the page at once.
class CredentialDetailPage : public QWidget
{
    Q_OBJECT
public:
    CredentialDetailPage(WalletSession &session, QWidget *parent = nullptr);

    /// Opens and inspects the credential (off the GUI thread).
    void showCredential(qint64 id);
    qint64 credentialId() const { return m_record.id; }
    InspectionView *inspection() const { return m_inspection; }
    QrCodeView *qrCode() const { return m_qrCode; }
    QString titleText() const;
    QString tokenText() const;
    TagsEditor *tagsEditor() const { return m_tagsEditor; }

signals:
    void back();
    void removed(qint64 id);
    void busy(vcdesk::ActivityBase *activity, const QString &what);
    void message(const QString &title, const QString &text,
                 vcdesk::WalletSession::MessageKind kind);

private:
    void showRecord(const CredentialRecord &record);
    void recheck();
    void exportToFile();
    void remove();
    void removeNow(qint64 id);
    void forget();
    void showTags();

    WalletSession &m_session;
    InspectionController *m_controller = nullptr;
    CredentialRecord m_record;
    QLabel *m_title = nullptr;
    QFormLayout *m_facts = nullptr;
    QLabel *m_issuer = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_validity = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_tags = nullptr;
    QPushButton *m_editTags = nullptr;
    TagsEditor *m_tagsEditor = nullptr;
    CredentialTagger *m_tagger = nullptr;
    InspectionView *m_inspection = nullptr;
    QPlainTextEdit *m_token = nullptr;
    QrCodeView *m_qrCode = nullptr;
    QPushButton *m_recheck = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace vcdesk
