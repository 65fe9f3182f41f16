#include "cli/WalletCli.h"

#include "cli/InputReader.h"
#include "core/common/DisplayText.h"
#include "core/crypto/SecretKey.h"
#include "core/store/CredentialRecord.h"
#include "core/store/WalletKeychain.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace vcdesk {

namespace {

/// Turns terminal echo off while a passphrase is typed, and back on afterwards.
class EchoOff
{
public:
    EchoOff()
    {
        m_active = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    bool isTerminal() const { return m_active; }

private:
    termios m_saved{};
    bool m_active = false;
};

void chopLineEnd(QByteArray &bytes)
{
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
}

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonArray highlightsJson(const QList<ClaimHighlight> &highlights)
{
    QJsonArray out;
    for (const ClaimHighlight &claim : highlights)
        out.append(QJsonObject{{QStringLiteral("name"), claim.name},
                               {QStringLiteral("value"), claim.value}});
    return out;
}

} // namespace

WalletCli::WalletCli(QString command, QTextStream &out, QTextStream &err)
    : m_command(std::move(command))
    , m_out(out)
    , m_err(err)
    , m_wallet(QStringLiteral("wallet"),
               tr("The wallet file (default: %1).").arg(defaultWalletPath()), tr("FILE"))
    , m_passphraseFile(QStringLiteral("passphrase-file"),
                       tr("Read the wallet passphrase from FILE (default: standard input)."),
                       tr("FILE"))
    , m_profile(QStringLiteral("profile"), tr("The wallet profile (default: the first one)."),
                tr("NAME"))
    , m_json(QStringLiteral("json"), tr("Print JSON."))
    , m_kdfTime(QStringLiteral("kdf-time-ms"),
                tr("How long deriving a key from a new passphrase may take (default 500)."),
                tr("MS"), QStringLiteral("500"))
    , m_keychain(QStringLiteral("keychain"), tr("Unlock with the key the system keychain remembers "
                                                "(see \"vcdesk wallet keychain remember\")."))
{
}

QString WalletCli::defaultWalletPath()
{
    return Wallet::defaultPath();
}

void WalletCli::addCommonOptions(QCommandLineParser &parser) const
{
    parser.addHelpOption();
    parser.addOptions({m_wallet, m_passphraseFile, m_profile, m_json, m_kdfTime, m_keychain});
}

bool WalletCli::parse(QCommandLineParser &parser, const QStringList &arguments, qsizetype minArgs,
                      qsizetype maxArgs, const QString &usage)
{
    m_parser = &parser;
    if (!parser.parse(arguments)) {
        m_err << m_command << ": " << parser.errorText() << '\n' << usage << '\n';
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return false;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minArgs || count > maxArgs) {
        m_err << usage << '\n';
        return false;
    }
    return true;
}

QString WalletCli::walletPath() const
{
    return m_parser && m_parser->isSet(m_wallet) ? m_parser->value(m_wallet) : defaultWalletPath();
}

PassphraseKdf::Parameters WalletCli::calibratedKdf() const
{
    const int ms = m_parser ? m_parser->value(m_kdfTime).toInt() : 500;
    return PassphraseKdf::calibrate(qBound(1, ms, 10000));
}

Result<QByteArray> WalletCli::readSecretFile(const QString &path, qsizetype maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("input.unreadable"),
                     tr("cannot read %1: %2").arg(path, file.errorString())};
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        wipe(bytes);
        return Error{QStringLiteral("input.too_large"),
                     tr("%1 is longer than %2 bytes").arg(path).arg(maxBytes)};
    }
    chopLineEnd(bytes);
    if (bytes.isEmpty())
        return Error{QStringLiteral("input.empty"), tr("%1 is empty").arg(path)};
    return bytes;
}

Result<QByteArray> WalletCli::passphrase(const QString &prompt) const
{
    if (m_parser && m_parser->isSet(m_passphraseFile))
        return readSecretFile(m_parser->value(m_passphraseFile));
    const QByteArray line = readHiddenLine(prompt.isEmpty() ? tr("Wallet passphrase: ") : prompt);
    if (line.isEmpty())
        return Error{QStringLiteral("input.empty"),
                     tr("no passphrase: give --passphrase-file FILE or type it on standard input")};
    return line;
}

QJsonObject WalletCli::errorJson(const Error &error)
{
    return QJsonObject{{QStringLiteral("code"), error.code},
                       {QStringLiteral("message"), error.message},
                       {QStringLiteral("httpStatus"), error.httpStatus},
                       {QStringLiteral("serverMessage"), error.serverMessage}};
}

Result<QString> WalletCli::linkArgument(const QString &argument, qsizetype maxLength)
{
    if (argument != QLatin1String("-"))
        return argument;
    auto input = InputReader::read(argument, maxLength + 2);
    if (!input)
        return input.error();
    return QString::fromUtf8(input.value()).trimmed();
}

QByteArray WalletCli::readHiddenLine(const QString &prompt) const
{
    EchoOff echo;
    if (echo.isTerminal()) {
        m_err << prompt;
        m_err.flush();
    }
    QByteArray line(4097, '\0');
    const bool read = fgets(line.data(), int(line.size()), stdin) != nullptr;
    if (echo.isTerminal()) {
        m_err << '\n';
        m_err.flush();
    }
    line.truncate(read ? qsizetype(qstrlen(line.constData())) : 0);
    chopLineEnd(line);
    return line;
}

Result<std::unique_ptr<Wallet>> WalletCli::open(Wallet::Access access, bool unlock) const
{
    auto wallet = Wallet::open(walletPath(), access);
    // A wallet from before sealed records is sealed at its first unlock, which writes.
    if (!wallet && unlock && wallet.error().code == QLatin1String("wallet.needs_upgrade"))
        wallet = Wallet::open(walletPath(), Wallet::Access::ReadWrite);
    if (!wallet || !unlock)
        return wallet;
    if (m_parser && m_parser->isSet(m_keychain)) {
        auto uid = wallet.value()->uid();
        if (!uid)
            return uid.error();
        auto key = WalletKeychain::recall(uid.value());
        if (!key)
            return key.error();
        if (auto unlocked = wallet.value()->unlockWithKey(key.value()); !unlocked)
            return unlocked.error();
        return wallet;
    }
    auto secret = passphrase();
    if (!secret)
        return secret.error();
    if (auto unlocked = wallet.value()->unlock(secret.value()); !unlocked)
        return unlocked.error();
    return wallet;
}

Result<Profile> WalletCli::profile(const Wallet &wallet) const
{
    return wallet.profiles().resolve(m_parser ? m_parser->value(m_profile) : QString());
}

Result<WalletCli::Session> WalletCli::openProfile(Wallet::Access access, bool unlock) const
{
    auto wallet = open(access, unlock);
    if (!wallet)
        return wallet.error();
    auto chosen = profile(*wallet.value());
    if (!chosen)
        return chosen.error();
    return Session{std::move(wallet).value(), chosen.value()};
}

int WalletCli::exitCodeFor(const Error &error)
{
    const QString &code = error.code;
    if (code.endsWith(QLatin1String("wrong_passphrase")))
        return WrongPassphrase;
    if (code.startsWith(QLatin1String("backup.")) || code.startsWith(QLatin1String("input.")) ||
        code.startsWith(QLatin1String("keychain.")) || code == QLatin1String("wallet.wrong_key") ||
        code.startsWith(QLatin1String("kdf.")) || code.startsWith(QLatin1String("trust.")) ||
        code.startsWith(QLatin1String("output.")) ||
        QStringList{QStringLiteral("wallet.not_found"), QStringLiteral("wallet.not_a_wallet"),
                    QStringLiteral("wallet.in_use"), QStringLiteral("wallet.corrupt"),
                    QStringLiteral("wallet.too_new"), QStringLiteral("wallet.needs_upgrade"),
                    QStringLiteral("wallet.exists"), QStringLiteral("wallet.io"),
                    QStringLiteral("wallet.sql"), QStringLiteral("wallet.migration_failed"),
                    QStringLiteral("wallet.lock_failed"), QStringLiteral("wallet.disk_full"),
                    QStringLiteral("wallet.tampered"), QStringLiteral("wallet.linked"),
                    QStringLiteral("wallet.corrupt")}
            .contains(code))
        return Unusable;
    return Failed;
}

int WalletCli::fail(const Error &error) const
{
    // Messages may quote a token, a verifier or a server: escaped before the terminal.
    m_err << m_command << ": " << DisplayText::escape(error.message) << " ["
          << DisplayText::escape(error.code, 80) << "]\n";
    return exitCodeFor(error);
}

int WalletCli::usage(const QString &message) const
{
    m_err << m_command << ": " << message << '\n';
    return Usage;
}

void WalletCli::printJson(const QJsonValue &value) const
{
    m_out << DisplayText::escapeJson(
        (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
            .toJson(QJsonDocument::Indented));
}

QJsonObject WalletCli::toJson(const CredentialRecord &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("title"), r.title},
                       {QStringLiteral("format"), r.format},
                       {QStringLiteral("types"), QJsonArray::fromStringList(r.types)},
                       {QStringLiteral("issuer"), r.issuer},
                       {QStringLiteral("issuerName"), r.issuerName},
                       {QStringLiteral("subject"), r.subject},
                       {QStringLiteral("issuedAt"), isoOrEmpty(r.issuedAt)},
                       {QStringLiteral("expiresAt"), isoOrEmpty(r.expiresAt)},
                       {QStringLiteral("verdict"), VerdictName::of(r.verdict)},
                       {QStringLiteral("revocation"), RevocationName::of(r.revocation)},
                       {QStringLiteral("highlights"), highlightsJson(r.highlights)},
                       {QStringLiteral("verifiedAt"), isoOrEmpty(r.verifiedAt)},
                       {QStringLiteral("source"), r.sourceKind},
                       {QStringLiteral("sourceRef"), r.sourceRef},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(r.tags)}};
}

} // namespace vcdesk
