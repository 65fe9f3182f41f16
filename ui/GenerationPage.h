#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace vcdesk {

class AccountPicker;
class ActivityBase;
class ClaimsEditor;
class GenerationConsole;
class OperationLog;
class PlainLabel;
class WalletSession;

/// Console ▸ Generation: the /generate form of seed 000 with one of the wallet's generator
/// accounts: the flow id (a fresh one each time unless typed), the subject's DID, the claims
/// as JSON. The outcome event in a sentence; a generated credential opens in the inspector.
class GenerationPage : public QWidget
{
    Q_OBJECT
public:
    GenerationPage(WalletSession &session, qint64 profileId, OperationLog &log,
                   QWidget *parent = nullptr);

    GenerationConsole *console() const { return m_console; }
    ClaimsEditor *claimsEditor() const { return m_claims; }
    QPushButton *generateButton() const { return m_generate; }

signals:
    void busy(vcdesk::ActivityBase *activity, const QString &what);
    void inspectRequested(const QString &token);

private:
    void updateButton();

    GenerationConsole *m_console = nullptr;
    AccountPicker *m_account = nullptr;
    PlainLabel *m_noAccount = nullptr;
    QLineEdit *m_flow = nullptr;
    QLineEdit *m_subject = nullptr;
    ClaimsEditor *m_claims = nullptr;
    QPushButton *m_generate = nullptr;
    PlainLabel *m_message = nullptr;
    QPushButton *m_inspect = nullptr;
    QString m_lastCredential;
};

} // namespace vcdesk
