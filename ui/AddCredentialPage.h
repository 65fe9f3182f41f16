#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace vcdesk {

class ActivityBase;
class CredentialAdder;
class InspectionView;
class WalletSession;

/// Add credentials to the wallet: paste a token, open a file or drop one. What was given is
/// inspected first (off the GUI thread) and its report shown, credential by credential; only
/// "Add to wallet" stores it. Input that holds no credential is said plainly and nothing is
/// stored.
class AddCredentialPage : public QWidget
{
    Q_OBJECT
public:
    AddCredentialPage(WalletSession &session, qint64 profileId, QWidget *parent = nullptr);

    /// Reads a file into the page (size-capped) and examines it.
    void loadFile(const QString &path);
    void setText(const QString &text);
    CredentialAdder *adder() const { return m_adder; }
    InspectionView *inspection() const { return m_inspection; }
    QString problem() const;

public slots:
    void openFile();

signals:
    void done();
    void busy(vcdesk::ActivityBase *activity, const QString &what);
    void added(int added, int duplicates);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void examine(const QByteArray &input, const QString &sourceRef);
    void showFound();
    void showCandidate(int row);

    CredentialAdder *m_adder = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QLabel *m_problem = nullptr;
    QListWidget *m_found = nullptr;
    InspectionView *m_inspection = nullptr;
    QPushButton *m_add = nullptr;
    QTimer *m_typing = nullptr;
};

} // namespace vcdesk
