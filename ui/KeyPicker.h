#pragma once

#include <QComboBox>

namespace vcdesk {

class KeyListModel;
class WalletSession;

/// A combo box of the profile's holder keys, to choose which one credentials are bound to.
/// Each key reads as its type, DID method and the end of its DID ("P-256 · did:jwk · …9f3ac21e"),
/// the whole DID in its tooltip. The profile's default key is chosen until the person chooses
/// another, and the choice survives the keys being read again (every change to the wallet).
class KeyPicker : public QComboBox
{
    Q_OBJECT
public:
    KeyPicker(WalletSession &session, qint64 profileId, QWidget *parent = nullptr);

    /// The chosen key's DID; empty when the profile has no key (or the wallet is locked).
    QString keyDid() const;

signals:
    /// The keys were read (again); the choice is already settled.
    void listed();

private:
    void refill();
    /// Refills the list with the combo box's signals blocked, so that the rows it selects are
    /// not taken for the person's choice.
    void fillQuietly();

    KeyListModel *m_keys = nullptr;
    QString m_chosen; // the DID the person chose; empty: the default key
};

} // namespace vcdesk
