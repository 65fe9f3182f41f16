#pragma once

#include "core/common/Result.h"
#include "core/kiosk/KioskLog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace vcdesk {

/// How one kiosk runs, read from its JSON config (documented in docs/kiosk.md) and from the
/// flags of `vcdesk kiosk`, which override the file so a kiosk can be started from a script
/// or a systemd unit with no file at all.
///
/// Read strictly: an unknown member (a typo such as "resetSecond") is an error, not a default
/// silently used; every number has a range; files the config names are read at load, relative
/// to the config's folder. Errors have the code "kiosk.config" and name the member.
struct KioskConfig
{
    Q_DECLARE_TR_FUNCTIONS(KioskConfig)
public:
    enum class Mode { ShowQr, ScanQr, Both };
    enum class LogTarget { Sqlite, PostgreSql };

    /// A claim the verified screen shows, under the operator's label.
    struct ShownClaim
    {
        QString claim; // a top-level subject claim name, or a dotted path ("address.city")
        QString label;
    };

    using PostgreSql = KioskLog::PostgreSql; // password: read from passwordFile

    static constexpr qsizetype kMaxBytes = 64 * 1024;
    static constexpr int kMaxShownClaims = 8;

    QString station;          // which kiosk, in the log; the host name by default
    Mode mode = Mode::ShowQr; // scan: no verifier service is needed
    QUrl verifierUrl;         // seed 002 service base URL
    QByteArray bearerToken;   // role Verifier_User
    /// The local sandbox's verifier API key: fresh Bearer tokens come from its token endpoint.
    QByteArray tokenApiKey;
    QString definitionId;
    bool allowLoopbackHttp = false;
    QList<ShownClaim> shownClaims;
    QString title;
    QString instruction;
    int resetSeconds = 8;     // the result stays this long
    int renewSeconds = 240;   // an unscanned request is replaced after this long
    int pollIntervalMs = 500; // first auth-status interval (it grows while nothing changes)
    int pollMaxIntervalMs = 2000;
    int idleCursorSeconds = 3;
    /// Scanned codes: how old a cached status list may be when it cannot be fetched again.
    int statusMaxAgeSeconds = 4 * 3600;
    /// Scanned codes: the same code shown again within this long after its result is ignored.
    int scanRepeatSeconds = 5;
    QString operatorPinHash; // Argon2id PHC string; empty: leaving needs no PIN
    QString trustListPath;   // empty: the default trust list
    QString camera;          // device id or description; empty: the default camera
    /// Where scanned codes' status lists are cached; empty: DocumentCache::defaultFolder().
    QString statusCacheFolder;
    LogTarget logTarget = LogTarget::Sqlite;
    QString logPath; // SQLite file; empty: kiosk-log.db in the app's data folder
    PostgreSql postgres;
    int retentionDays = 30;
    bool logClaims = false; // whether disclosed claims go into the log

    /// What the flags of `vcdesk kiosk` set; each one set replaces the file's value.
    struct Overrides
    {
        std::optional<QUrl> verifierUrl;
        std::optional<QString> tokenFile;
        std::optional<QString> definitionId;
        std::optional<QString> mode; // "show", "scan" or "both"
        std::optional<QString> camera;
        bool allowLoopbackHttp = false;
    };

    /// "show", "scan" or "both" (empty: show); nullopt for anything else.
    static std::optional<Mode> modeNamed(const QString &name);

    /// The config with nothing set but defaults (station: this host's name).
    static KioskConfig defaults();
    static Result<KioskConfig> load(const QString &path);
    /// The embedded default of scripts/run.sh: the local vcdesk-agent its agent.json describes
    /// as verifier (fresh tokens from its verifier API key), its membershipCredential
    /// definition, its trust list, plain http on loopback.
    static Result<KioskConfig> forSandbox(const QString &descriptionPath);
    /// `baseFolder`: where relative file names in it point.
    static Result<KioskConfig> fromJson(QByteArrayView json, const QString &baseFolder);
    /// The flags, then the final checks (a verifier URL, a token, a definition; in scan mode
    /// none of them: the kiosk then talks to no verifier service).
    Status apply(const Overrides &overrides);
    /// The final checks alone.
    Status complete() const;
};

} // namespace vcdesk
