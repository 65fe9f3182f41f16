#include "models/PassphraseStrength.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace vcdesk {

namespace {

/// Passwords every guesser tries first (lower case, without their digits and symbols).
bool isCommon(const QString &lettersOnly)
{
    static const QSet<QString> kCommon{
        QStringLiteral("password"),   QStringLiteral("passphrase"), QStringLiteral("qwerty"),
        QStringLiteral("qwertz"),     QStringLiteral("azerty"),     QStringLiteral("letmein"),
        QStringLiteral("welcome"),    QStringLiteral("admin"),      QStringLiteral("iloveyou"),
        QStringLiteral("monkey"),     QStringLiteral("dragon"),     QStringLiteral("football"),
        QStringLiteral("baseball"),   QStringLiteral("sunshine"),   QStringLiteral("princess"),
        QStringLiteral("master"),     QStringLiteral("secret"),     QStringLiteral("wallet"),
        QStringLiteral("vcdesk"),     QStringLiteral("changeme"),   QStringLiteral("trustno"),
        QStringLiteral("abc"),        QStringLiteral("abcdef"),     QStringLiteral("asdfgh"),
        QStringLiteral("qwertyuiop"), QStringLiteral("passwort"),   QStringLiteral("motdepasse"),
        QStringLiteral("contrasena"), QStringLiteral("hello"),      QStringLiteral("superman")};
    return kCommon.contains(lettersOnly);
}

/// Characters that continue a run (abc, 123, cba) or repeat the one before.
int predictable(const QString &text)
{
    int count = 0;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const int step = text.at(i).unicode() - text.at(i - 1).unicode();
        if (step == 0 || step == 1 || step == -1)
            ++count;
    }
    return count;
}

double characterBits(const QString &text)
{
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    for (const QChar c : text) {
        if (c.unicode() > 127)
            other = true;
        else if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            symbol = true;
    }
    const int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) +
                         (symbol ? 33 : 0) + (other ? 100 : 0);
    // Repeats and runs carry little: count them at one bit each.
    const int weak = predictable(text);
    return (text.size() - weak) * std::log2(qMax(alphabet, 2)) + weak;
}

/// Several words: each about as hard as a pick from a large word list.
double wordBits(const QString &text)
{
    static const QRegularExpression kSeparators(QStringLiteral("[\\s\\-_.,;]+"));
    const QStringList words = text.split(kSeparators, Qt::SkipEmptyParts);
    int real = 0;
    QSet<QString> distinct;
    for (const QString &word : words)
        if (word.size() >= 3 && !distinct.contains(word.toLower())) {
            distinct.insert(word.toLower());
            ++real;
        }
    return real >= 3 ? real * 11.0 : 0;
}

} // namespace

PassphraseStrength::Assessment PassphraseStrength::assess(const QString &passphrase)
{
    Assessment out;
    if (passphrase.isEmpty()) {
        out.advice = tr("Choose a passphrase: a few unrelated words are easy to remember and "
                        "hard to guess.");
        return out;
    }
    QString letters = passphrase.toLower();
    letters.remove(QRegularExpression(QStringLiteral("[^\\p{L}]")));
    out.bits = qMax(characterBits(passphrase), wordBits(passphrase));
    if (passphrase.size() < kMinimumLength) {
        out.level = Level::TooWeak;
        out.advice = tr("Too short: use at least %1 characters.").arg(kMinimumLength);
    } else if (isCommon(letters)) {
        out.level = Level::TooWeak;
        out.advice = tr("Too easy to guess: it is a common password with a few digits or "
                        "symbols. Use a few unrelated words.");
    } else if (out.bits < kMinimumBits) {
        out.level = Level::TooWeak;
        out.advice = tr("Too easy to guess: make it longer, or use a few unrelated words.");
    } else if (out.bits < 65) {
        out.level = Level::Fair;
        out.advice = tr("Acceptable; a longer passphrase would be better.");
    } else if (out.bits < 85) {
        out.level = Level::Good;
        out.advice = tr("Hard to guess.");
    } else {
        out.level = Level::Strong;
        out.advice = tr("Very hard to guess.");
    }
    return out;
}

QString PassphraseStrength::levelName(Level level)
{
    switch (level) {
    case Level::Empty:
        return tr("No passphrase");
    case Level::TooWeak:
        return tr("Too weak");
    case Level::Fair:
        return tr("Fair");
    case Level::Good:
        return tr("Good");
    case Level::Strong:
        return tr("Strong");
    }
    return {};
}

} // namespace vcdesk
