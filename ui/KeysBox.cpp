#include "ui/KeysBox.h"

#include "core/common/ActivityBase.h"
#include "core/common/DisplayText.h"
#include "models/KeyActions.h"
#include "models/KeyListModel.h"
#include "models/WalletSession.h"
#include "ui/OutcomeLabel.h"
#include "ui/PlainLabel.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace vcdesk {

KeysBox::KeysBox(QWidget *parent)
    : QGroupBox(tr("Keys and identities"), parent)
{
    setObjectName(QStringLiteral("keysBox"));
    auto *intro = new PlainLabel(this, QStringLiteral("keysIntro"));
    intro->setText(tr("The keys you sign with, and the DIDs made from them. Issuers bind "
                      "credentials to one of these DIDs; new credentials go to the default "
                      "key. Keys are never removed: credentials stay bound to theirs."));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("keyList"));
    m_table->setAccessibleName(tr("Your keys and their DIDs"));
    m_table->setAccessibleDescription(
        tr("One row per key: its DID, key type, DID method, whether it is the default, and when "
           "it was made. Select a row to copy its DID or make it the default."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTextElideMode(Qt::ElideMiddle); // a did:jwk is long; its tooltip has it whole
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Room for five keys (a profile has a handful); more scroll inside the table.
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            5 * m_table->verticalHeader()->defaultSectionSize() +
                            2 * m_table->frameWidth());

    m_makeDefault = new QPushButton(tr("Make &default"), this);
    m_makeDefault->setObjectName(QStringLiteral("makeDefaultKey"));
    m_makeDefault->setAccessibleName(tr("Make the selected key the default"));
    m_makeDefault->setToolTip(tr("New credentials are bound to this key's DID from now on; the "
                                 "credentials you have stay bound to theirs."));
    m_copy = new QPushButton(tr("&Copy DID"), this);
    m_copy->setObjectName(QStringLiteral("copyDid"));
    m_copy->setAccessibleName(tr("Copy the selected key's DID"));
    m_copy->setToolTip(tr("Puts the whole DID on the clipboard, to paste where an issuer asks "
                          "for it."));

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("newKeyType"));
    m_type->setAccessibleName(tr("Type of the new key"));
    m_type->setAccessibleDescription(tr("The kind of key New key makes: P-256, Ed25519 or "
                                        "secp256k1. Choose one the issuers you use accept."));
    for (KeyType type : {KeyType::P256, KeyType::Ed25519, KeyType::Secp256k1})
        m_type->addItem(KeyListModel::typeText(type), int(type));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("newKeyMethod"));
    m_method->setAccessibleName(tr("DID method of the new key"));
    m_method->setAccessibleDescription(tr("How the new key's DID is written: did:key is short; "
                                          "did:jwk holds the key itself and is much longer."));
    m_method->addItem(QStringLiteral("did:key"), int(KeyStore::DidMethod::Key));
    m_method->addItem(QStringLiteral("did:jwk"), int(KeyStore::DidMethod::Jwk));
    m_generate = new QPushButton(tr("&New key"), this);
    m_generate->setObjectName(QStringLiteral("newKey"));
    m_generate->setAccessibleName(tr("Make a new key of this type and DID method"));
    m_generate->setToolTip(tr("Adds a key to your wallet and selects it in the list. It becomes "
                              "the default only if it is your first key."));
    auto *typeLabel = new QLabel(tr("Key t&ype:"), this);
    typeLabel->setBuddy(m_type);
    auto *methodLabel = new QLabel(tr("DID &method:"), this);
    methodLabel->setBuddy(m_method);

    m_message = new OutcomeLabel(this, QStringLiteral("keysMessage"), OutcomeLabel::HideWhenEmpty);

    auto *selected = new QHBoxLayout;
    selected->addWidget(m_makeDefault);
    selected->addWidget(m_copy);
    selected->addStretch();
    auto *make = new QHBoxLayout;
    make->addWidget(typeLabel);
    make->addWidget(m_type);
    make->addSpacing(12);
    make->addWidget(methodLabel);
    make->addWidget(m_method);
    make->addWidget(m_generate);
    make->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addLayout(selected);
    layout->addLayout(make);
    layout->addWidget(m_message);

    connect(m_generate, &QPushButton::clicked, this, [this] {
        if (!m_actions)
            return;
        m_working = true;
        updateState();
        m_message->say(tr("Making a new key…"), false);
        emit busy(m_actions->generate(KeyType(m_type->currentData().toInt()),
                                      KeyStore::DidMethod(m_method->currentData().toInt())),
                  tr("Making a new key…"));
    });
    connect(m_makeDefault, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        if (!m_actions || id == 0)
            return;
        m_working = true;
        updateState();
        emit busy(m_actions->makeDefault(id), tr("Changing the default key…"));
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const HolderKey *key = m_model ? m_model->keyAt(m_table->currentIndex().row()) : nullptr;
        if (!key)
            return;
        QGuiApplication::clipboard()->setText(key->did);
        m_message->say(tr("The DID is on the clipboard."), false);
    });
    updateState();
}

void KeysBox::setWallet(WalletSession &session, qint64 profileId)
{
    if (m_session == &session && m_profileId == profileId)
        return;
    // Another wallet (the window made a new one): what showed the old one goes.
    std::unique_ptr<QItemSelectionModel> oldSelection(m_table->selectionModel());
    std::unique_ptr<KeyListModel> oldModel(m_model);
    std::unique_ptr<KeyActions> oldActions(m_actions);
    m_session = &session;
    m_profileId = profileId;
    m_working = false;
    m_keepSelected = 0;
    m_model = new KeyListModel(session, profileId, this);
    m_actions = new KeyActions(session, profileId, this);
    m_table->setModel(m_model); // the old selection model is left to us: gone at the end
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(KeyListModel::DidColumn, QHeaderView::Stretch);
    for (int column = KeyListModel::TypeColumn; column < KeyListModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    // A reload keeps the selection (by key, not by row); a new key is selected once listed.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (!m_keepSelected)
            m_keepSelected = selectedId();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_keepSelected);
        if (row >= 0) {
            m_table->setCurrentIndex(m_model->index(row, KeyListModel::DidColumn));
            m_keepSelected = 0;
        }
        updateState();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &KeysBox::updateState);
    connect(m_model, &KeyListModel::loadFailed, this, [this](const QString &message) {
        m_message->say(tr("Cannot read the keys: %1").arg(DisplayText::escape(message, 400)), true);
    });
    // Sentences without the DID itself: a did:jwk is one unbreakable line wider than the page.
    connect(m_actions, &KeyActions::generated, this, [this](qint64 id, const QString &did) {
        m_working = false;
        m_keepSelected = id;
        m_message->say(tr("Made a new key with a %1; it is selected in the list.")
                           .arg(KeyListModel::methodText(did)),
                       false);
        updateState();
    });
    connect(m_actions, &KeyActions::madeDefault, this, [this] {
        m_working = false;
        m_message->say(tr("The selected key is the default now."), false);
        updateState();
    });
    connect(m_actions, &KeyActions::failed, this, [this](const QString &message) {
        m_working = false;
        m_message->say(tr("Nothing changed: %1").arg(DisplayText::escape(message, 400)), true);
        updateState();
    });
    for (auto signal : {&WalletSession::unlocked, &WalletSession::locked, &WalletSession::opened})
        connect(&session, signal, this, [this] {
            m_message->say(QString(), false);
            updateState();
        });
    m_message->say(QString(), false);
    updateState();
}

QString KeysBox::message() const
{
    return m_message->text();
}

qint64 KeysBox::selectedId() const
{
    const HolderKey *key = m_model ? m_model->keyAt(m_table->currentIndex().row()) : nullptr;
    return key ? key->id : 0;
}

void KeysBox::updateState()
{
    const bool unlocked = m_session && m_session->isUnlocked();
    const HolderKey *key = m_model ? m_model->keyAt(m_table->currentIndex().row()) : nullptr;
    m_table->setEnabled(unlocked);
    m_type->setEnabled(unlocked && !m_working);
    m_method->setEnabled(unlocked && !m_working);
    m_generate->setEnabled(unlocked && !m_working);
    m_makeDefault->setEnabled(unlocked && !m_working && key && !key->isDefault);
    m_copy->setEnabled(unlocked && key);
    if (!unlocked && m_message->text().isEmpty())
        m_message->say(tr("Unlock the wallet to see its keys and make new ones."), false);
}

} // namespace vcdesk
