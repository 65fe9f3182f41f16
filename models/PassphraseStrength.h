#pragma once

#include <QCoreApplication>
#include <QString>

namespace vcdesk {

/// How hard a passphrase would be to guess, for the strength meter of the create-wallet and
/// change-passphrase pages: a rough entropy estimate (character classes, length, repeats and
/// runs discounted; several words counted as words), with common passwords and patterns
/// refused outright. It refuses what is clearly weak and says why; it promises nothing more.
class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)
public:
    enum class Level { Empty, TooWeak, Fair, Good, Strong };

    struct Assessment
    {
        Level level = Level::Empty;
        double bits = 0;
        /// What to do about it, or why it is good enough.
        QString advice;
        bool acceptable() const { return level >= Level::Fair; }
        /// 0 (empty) to 4 (strong), for a meter.
        int score() const { return int(level); }
    };

    static constexpr double kMinimumBits = 50;
    static constexpr int kMinimumLength = 10;

    static Assessment assess(const QString &passphrase);
    static QString levelName(Level level);
};

} // namespace vcdesk
