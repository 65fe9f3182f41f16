#pragma once

#include "core/common/Result.h"
#include "core/crypto/PassphraseKdf.h"
#include "core/store/Wallet.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

namespace vcdesk {

struct CredentialRecord;

/// What `vcdesk wallet` and `vcdesk account` share: the --wallet, --passphrase-file,
/// --profile, --json and --kdf-time-ms options, reading passphrases (from a file or standard
/// input, never from the command line; no echo on a terminal), opening and unlocking, and
/// one mapping from errors to exit codes.
class WalletCli
{
    Q_DECLARE_TR_FUNCTIONS(WalletCli)
public:
    enum Exit { Ok = 0, Failed = 1, WrongPassphrase = 2, Unusable = 3, Usage = 64 };

    WalletCli(QString command, QTextStream &out, QTextStream &err);

    void addCommonOptions(QCommandLineParser &parser) const;
    /// Parses and checks the positional count; prints usage on error.
    bool parse(QCommandLineParser &parser, const QStringList &arguments, qsizetype minArgs,
               qsizetype maxArgs, const QString &usage);

    QString walletPath() const;
    bool json() const { return m_parser && m_parser->isSet(m_json); }
    PassphraseKdf::Parameters calibratedKdf() const;
    /// --passphrase-file, or standard input (one line; prompted without echo on a terminal).
    Result<QByteArray> passphrase(const QString &prompt = {}) const;
    static Result<QByteArray> readSecretFile(const QString &path, qsizetype maxBytes = 4096);
    /// One line from standard input (without its line end), not echoed at a terminal, where
    /// `prompt` is shown first (on standard error).
    QByteArray readHiddenLine(const QString &prompt) const;

    Result<std::unique_ptr<Wallet>> open(Wallet::Access access, bool unlock) const;
    Result<Profile> profile(const Wallet &wallet) const;
    /// An open wallet and the profile the command works on.
    struct Session
    {
        std::unique_ptr<Wallet> wallet;
        Profile profile;
    };
    Result<Session> openProfile(Wallet::Access access, bool unlock) const;

    /// Prints "<command>: message" and returns the exit code for the error.
    int fail(const Error &error) const;
    /// Prints "<command>: message" and returns Usage.
    int usage(const QString &message) const;
    static int exitCodeFor(const Error &error);
    void printJson(const QJsonValue &value) const;

    static QJsonObject toJson(const CredentialRecord &record);
    /// An Error as the commands' --json output gives it: code, message, HTTP status, the
    /// server's own words.
    static QJsonObject errorJson(const Error &error);
    /// A link given as an argument, or read from standard input when it is "-" (at most
    /// `maxLength` characters), trimmed.
    static Result<QString> linkArgument(const QString &argument, qsizetype maxLength);
    static QString defaultWalletPath();

private:
    QString m_command;
    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser *m_parser = nullptr;
    QCommandLineOption m_wallet;
    QCommandLineOption m_passphraseFile;
    QCommandLineOption m_profile;
    QCommandLineOption m_json;
    QCommandLineOption m_kdfTime;
    QCommandLineOption m_keychain;
};

} // namespace vcdesk
