#include "core/kiosk/KioskConfig.h"

#include "core/codec/StrictJson.h"
#include "core/common/BoundedRead.h"
#include "core/kiosk/KioskPin.h"
#include "core/receive/SandboxDescription.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <functional>
#include <tuple>

namespace vcdesk {

namespace {

Error configError(const QString &member, const QString &what)
{
    return Error{QStringLiteral("kiosk.config"),
                 member.isEmpty() ? what : KioskConfig::tr("%1: %2").arg(member, what)};
}

/// Reads the members of one object of the config, refusing any it does not know.
class Members
{
public:
    Members(const QJsonObject &object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    {
    }

    QString nameOf(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }

    /// Every member must be one of `known`.
    Status onlyKnown(const QStringList &known) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!known.contains(it.key()))
                return configError(nameOf(it.key()), KioskConfig::tr("unknown member (a typo?)"));
        return {};
    }

    Status text(const QString &key, QString &out, qsizetype maxLength = 200) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isString() || value.toString().size() > maxLength)
            return configError(nameOf(key),
                               KioskConfig::tr("a text of at most %1 characters").arg(maxLength));
        out = value.toString();
        return {};
    }

    Status number(const QString &key, int &out, int min, int max) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return {};
        const double d = value.toDouble(-1e300);
        if (!value.isDouble() || d != double(qint64(d)) || d < min || d > max)
            return configError(nameOf(key),
                               KioskConfig::tr("a whole number from %1 to %2").arg(min).arg(max));
        out = int(d);
        return {};
    }

    Status flag(const QString &key, bool &out) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isBool())
            return configError(nameOf(key), KioskConfig::tr("true or false"));
        out = value.toBool();
        return {};
    }

    Status object(const QString &key, QJsonObject &out) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isObject())
            return configError(nameOf(key), KioskConfig::tr("an object"));
        out = value.toObject();
        return {};
    }

    const QJsonObject &json() const { return m_object; }

private:
    QJsonObject m_object;
    QString m_path;
};

/// A small secret file (a token, a password): its first line, trimmed.
Result<QByteArray> secretFile(const QString &member, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return configError(member, KioskConfig::tr("cannot read %1: %2")
                                       .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray content = file.read(16 * 1024 + 1);
    if (content.size() > 16 * 1024)
        return configError(
            member,
            KioskConfig::tr("%1 is too large for a secret").arg(QDir::toNativeSeparators(path)));
    const QByteArray secret = content.split('\n').value(0).trimmed();
    if (secret.isEmpty())
        return configError(member,
                           KioskConfig::tr("%1 is empty").arg(QDir::toNativeSeparators(path)));
    return secret;
}

QString resolved(const QString &baseFolder, const QString &name)
{
    return name.isEmpty() || QFileInfo(name).isAbsolute() ? name : QDir(baseFolder).filePath(name);
}

Status readVerifierUrl(const QString &member, const QString &text, QUrl &out)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return configError(member, KioskConfig::tr("an http(s) base URL such as "
                                                   "https://verifier.example.com"));
    out = url;
    return {};
}

Status readVerifier(const Members &root, KioskConfig &config, const QString &baseFolder)
{
    QJsonObject json;
    if (auto read = root.object(QStringLiteral("verifier"), json); !read)
        return read;
    const Members verifier(json, QStringLiteral("verifier"));
    if (auto known = verifier.onlyKnown(
            {QStringLiteral("url"), QStringLiteral("tokenFile"), QStringLiteral("definition")});
        !known)
        return known;
    QString url, tokenFile;
    if (auto read = verifier.text(QStringLiteral("url"), url, 2000); !read)
        return read;
    if (!url.isEmpty())
        if (auto ok =
                readVerifierUrl(verifier.nameOf(QStringLiteral("url")), url, config.verifierUrl);
            !ok)
            return ok;
    if (auto read = verifier.text(QStringLiteral("tokenFile"), tokenFile, 4000); !read)
        return read;
    if (!tokenFile.isEmpty()) {
        auto token = secretFile(verifier.nameOf(QStringLiteral("tokenFile")),
                                resolved(baseFolder, tokenFile));
        if (!token)
            return token.error();
        config.bearerToken = token.value();
    }
    return verifier.text(QStringLiteral("definition"), config.definitionId, 128);
}

Status readShown(const Members &root, KioskConfig &config)
{
    const QJsonValue value = root.json().value(QStringLiteral("show"));
    if (value.isUndefined())
        return {};
    if (!value.isArray() || value.toArray().size() > KioskConfig::kMaxShownClaims)
        return configError(QStringLiteral("show"),
                           KioskConfig::tr("a list of at most %1 {\"claim\", \"label\"} objects")
                               .arg(KioskConfig::kMaxShownClaims));
    config.shownClaims.clear();
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString name = QStringLiteral("show[%1]").arg(i);
        if (!list.at(i).isObject())
            return configError(name, KioskConfig::tr("an object {\"claim\", \"label\"}"));
        const Members shown(list.at(i).toObject(), name);
        if (auto known = shown.onlyKnown({QStringLiteral("claim"), QStringLiteral("label")});
            !known)
            return known;
        KioskConfig::ShownClaim claim;
        if (auto read = shown.text(QStringLiteral("claim"), claim.claim, 128); !read)
            return read;
        if (auto read = shown.text(QStringLiteral("label"), claim.label, 64); !read)
            return read;
        if (claim.claim.isEmpty() || claim.claim.startsWith(QLatin1Char('.')) ||
            claim.claim.endsWith(QLatin1Char('.')) || claim.claim.contains(QLatin1String("..")))
            return configError(shown.nameOf(QStringLiteral("claim")),
                               KioskConfig::tr("a claim name, or a dotted path such as "
                                               "address.city"));
        if (claim.label.isEmpty())
            claim.label = claim.claim;
        config.shownClaims << claim;
    }
    return {};
}

Status readTexts(const Members &root, KioskConfig &config)
{
    QJsonObject json;
    if (auto read = root.object(QStringLiteral("texts"), json); !read)
        return read;
    const Members texts(json, QStringLiteral("texts"));
    if (auto known = texts.onlyKnown({QStringLiteral("title"), QStringLiteral("instruction")});
        !known)
        return known;
    if (auto read = texts.text(QStringLiteral("title"), config.title, 80); !read)
        return read;
    return texts.text(QStringLiteral("instruction"), config.instruction, 300);
}

Status readTiming(const Members &root, KioskConfig &config)
{
    QJsonObject json;
    if (auto read = root.object(QStringLiteral("timing"), json); !read)
        return read;
    const Members timing(json, QStringLiteral("timing"));
    if (auto known = timing.onlyKnown(
            {QStringLiteral("resetSeconds"), QStringLiteral("renewSeconds"),
             QStringLiteral("pollIntervalMs"), QStringLiteral("pollMaxIntervalMs"),
             QStringLiteral("idleCursorSeconds"), QStringLiteral("statusMaxAgeSeconds"),
             QStringLiteral("scanRepeatSeconds")});
        !known)
        return known;
    for (const auto &[key, out, min, max] :
         {std::tuple{QStringLiteral("resetSeconds"), &config.resetSeconds, 2, 600},
          std::tuple{QStringLiteral("renewSeconds"), &config.renewSeconds, 10, 3600},
          std::tuple{QStringLiteral("pollIntervalMs"), &config.pollIntervalMs, 100, 10000},
          std::tuple{QStringLiteral("pollMaxIntervalMs"), &config.pollMaxIntervalMs, 100, 30000},
          std::tuple{QStringLiteral("idleCursorSeconds"), &config.idleCursorSeconds, 1, 600},
          std::tuple{QStringLiteral("statusMaxAgeSeconds"), &config.statusMaxAgeSeconds, 0, 86400},
          std::tuple{QStringLiteral("scanRepeatSeconds"), &config.scanRepeatSeconds, 1, 600}})
        if (auto read = timing.number(key, *out, min, max); !read)
            return read;
    if (config.pollMaxIntervalMs < config.pollIntervalMs)
        return configError(timing.nameOf(QStringLiteral("pollMaxIntervalMs")),
                           KioskConfig::tr("at least pollIntervalMs"));
    return {};
}

Status readLog(const Members &root, KioskConfig &config, const QString &baseFolder)
{
    QJsonObject json;
    if (auto read = root.object(QStringLiteral("log"), json); !read)
        return read;
    const Members log(json, QStringLiteral("log"));
    if (auto known = log.onlyKnown({QStringLiteral("target"), QStringLiteral("path"),
                                    QStringLiteral("retentionDays"), QStringLiteral("claims"),
                                    QStringLiteral("postgresql")});
        !known)
        return known;
    QString target, path;
    if (auto read = log.text(QStringLiteral("target"), target, 20); !read)
        return read;
    if (target == QLatin1String("postgresql"))
        config.logTarget = KioskConfig::LogTarget::PostgreSql;
    else if (target.isEmpty() || target == QLatin1String("sqlite"))
        config.logTarget = KioskConfig::LogTarget::Sqlite;
    else
        return configError(log.nameOf(QStringLiteral("target")),
                           KioskConfig::tr("\"sqlite\" or \"postgresql\""));
    if (auto read = log.text(QStringLiteral("path"), path, 4000); !read)
        return read;
    config.logPath = resolved(baseFolder, path);
    if (auto read = log.number(QStringLiteral("retentionDays"), config.retentionDays, 1, 3650);
        !read)
        return read;
    if (auto read = log.flag(QStringLiteral("claims"), config.logClaims); !read)
        return read;
    QJsonObject pgJson;
    if (auto read = log.object(QStringLiteral("postgresql"), pgJson); !read)
        return read;
    const Members pg(pgJson, log.nameOf(QStringLiteral("postgresql")));
    if (auto known = pg.onlyKnown({QStringLiteral("host"), QStringLiteral("port"),
                                   QStringLiteral("database"), QStringLiteral("user"),
                                   QStringLiteral("passwordFile")});
        !known)
        return known;
    QString passwordFile;
    if (auto read = pg.text(QStringLiteral("host"), config.postgres.host, 255); !read)
        return read;
    if (auto read = pg.number(QStringLiteral("port"), config.postgres.port, 1, 65535); !read)
        return read;
    if (auto read = pg.text(QStringLiteral("database"), config.postgres.database, 63); !read)
        return read;
    if (auto read = pg.text(QStringLiteral("user"), config.postgres.user, 63); !read)
        return read;
    if (auto read = pg.text(QStringLiteral("passwordFile"), passwordFile, 4000); !read)
        return read;
    if (!passwordFile.isEmpty()) {
        auto password = secretFile(pg.nameOf(QStringLiteral("passwordFile")),
                                   resolved(baseFolder, passwordFile));
        if (!password)
            return password.error();
        config.postgres.password = QString::fromUtf8(password.value());
    }
    if (config.logTarget == KioskConfig::LogTarget::PostgreSql &&
        (config.postgres.database.isEmpty() || config.postgres.user.isEmpty()))
        return configError(log.nameOf(QStringLiteral("postgresql")),
                           KioskConfig::tr("a database and a user are needed for the "
                                           "postgresql target"));
    return {};
}

} // namespace

KioskConfig KioskConfig::defaults()
{
    KioskConfig config;
    config.station = QHostInfo::localHostName();
    config.shownClaims = {ShownClaim{QStringLiteral("name"), tr("Name")}};
    return config;
}

Result<KioskConfig> KioskConfig::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return configError(QString(), tr("cannot read the kiosk config %1: %2")
                                          .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray json = BoundedRead::upTo(file, kMaxBytes);
    if (json.size() > kMaxBytes)
        return configError(QString(),
                           tr("the kiosk config is larger than %1 KiB").arg(kMaxBytes / 1024));
    return fromJson(json, QFileInfo(path).absolutePath());
}

Result<KioskConfig> KioskConfig::forSandbox(const QString &descriptionPath)
{
    auto sandbox = SandboxDescription::load(descriptionPath);
    if (!sandbox)
        return sandbox.error();
    KioskConfig config = defaults();
    config.verifierUrl = QUrl(sandbox->baseUrl);
    config.bearerToken = sandbox->verifierToken;
    config.tokenApiKey = sandbox->verifierApiKey;
    config.definitionId = QStringLiteral("membershipCredential");
    config.allowLoopbackHttp = true;
    config.trustListPath =
        QFileInfo(descriptionPath).dir().filePath(QStringLiteral("trust-list.json"));
    return config;
}

Result<KioskConfig> KioskConfig::fromJson(QByteArrayView json, const QString &baseFolder)
{
    auto parsed = StrictJson::parseObject(json);
    if (!parsed)
        return configError(
            QString(), tr("the kiosk config is not valid JSON: %1").arg(parsed.error().message));
    KioskConfig config = defaults();
    const Members root(parsed.value(), QString());
    if (auto known = root.onlyKnown(
            {QStringLiteral("station"), QStringLiteral("mode"), QStringLiteral("verifier"),
             QStringLiteral("allowLoopbackHttp"), QStringLiteral("show"), QStringLiteral("texts"),
             QStringLiteral("timing"), QStringLiteral("operatorPinHash"),
             QStringLiteral("trustList"), QStringLiteral("camera"),
             QStringLiteral("statusCacheFolder"), QStringLiteral("log")});
        !known)
        return known.error();
    QString mode, trustList, statusCache;
    const std::function<Status()> steps[] = {
        [&] { return root.text(QStringLiteral("station"), config.station, 64); },
        [&] { return root.text(QStringLiteral("mode"), mode, 10); },
        [&] { return readVerifier(root, config, baseFolder); },
        [&] { return root.flag(QStringLiteral("allowLoopbackHttp"), config.allowLoopbackHttp); },
        [&] { return readShown(root, config); },
        [&] { return readTexts(root, config); },
        [&] { return readTiming(root, config); },
        [&] { return root.text(QStringLiteral("operatorPinHash"), config.operatorPinHash, 256); },
        [&] { return root.text(QStringLiteral("trustList"), trustList, 4000); },
        [&] { return root.text(QStringLiteral("camera"), config.camera, 200); },
        [&] { return root.text(QStringLiteral("statusCacheFolder"), statusCache, 4000); },
        [&] { return readLog(root, config, baseFolder); },
    };
    for (const auto &step : steps)
        if (auto done = step(); !done)
            return done.error();
    if (const auto named = modeNamed(mode))
        config.mode = *named;
    else
        return configError(QStringLiteral("mode"), tr("\"show\", \"scan\" or \"both\""));
    if (!config.operatorPinHash.isEmpty())
        if (auto usable = KioskPin::checkEncoded(config.operatorPinHash); !usable)
            return configError(QStringLiteral("operatorPinHash"), usable.error().message);
    config.trustListPath = resolved(baseFolder, trustList);
    config.statusCacheFolder = resolved(baseFolder, statusCache);
    return config;
}

std::optional<KioskConfig::Mode> KioskConfig::modeNamed(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String("show"))
        return Mode::ShowQr;
    if (name == QLatin1String("scan"))
        return Mode::ScanQr;
    if (name == QLatin1String("both"))
        return Mode::Both;
    return std::nullopt;
}

Status KioskConfig::apply(const Overrides &overrides)
{
    if (overrides.mode) {
        const auto named = modeNamed(*overrides.mode);
        if (!named)
            return configError(QStringLiteral("--mode"), tr("\"show\", \"scan\" or \"both\""));
        mode = *named;
    }
    if (overrides.camera)
        camera = *overrides.camera;
    if (overrides.verifierUrl)
        if (auto ok = readVerifierUrl(QStringLiteral("--verifier"),
                                      overrides.verifierUrl->toString(), verifierUrl);
            !ok)
            return ok;
    if (overrides.tokenFile) {
        auto token = secretFile(QStringLiteral("--token-file"), *overrides.tokenFile);
        if (!token)
            return token.error();
        bearerToken = token.value();
        tokenApiKey.clear();
    }
    if (overrides.definitionId)
        definitionId = *overrides.definitionId;
    if (overrides.allowLoopbackHttp)
        allowLoopbackHttp = true;
    return complete();
}

Status KioskConfig::complete() const
{
    if (mode == Mode::ScanQr && verifierUrl.isEmpty())
        return {}; // scanned codes are verified here, with no verifier service
    if (verifierUrl.isEmpty())
        return configError(QStringLiteral("verifier.url"),
                           tr("no verifier: name one in the config or with --verifier URL"));
    if (bearerToken.isEmpty() && tokenApiKey.isEmpty())
        return configError(QStringLiteral("verifier.tokenFile"),
                           tr("no Bearer token for the verifier: name a file with "
                              "--token-file FILE"));
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9_.-]{1,128}$"));
    if (!id.match(definitionId).hasMatch())
        return configError(QStringLiteral("verifier.definition"),
                           tr("a definition id such as membershipCredential (letters, digits, "
                              "_ . -): name one in the config or with --definition ID"));
    if (verifierUrl.scheme() == QLatin1String("http") && !allowLoopbackHttp)
        return configError(QStringLiteral("verifier.url"),
                           tr("plain http is for a verifier on this computer, with "
                              "--allow-loopback-http; use https"));
    return {};
}

} // namespace vcdesk
