#include "models/ServiceSentence.h"

#include "core/common/DisplayText.h"

namespace vcdesk {

QString ServiceSentence::failure(Error error, const QString &service, const QByteArrayList &secrets)
{
    error.message = redact(error.message, secrets);
    error.serverMessage = redact(error.serverMessage, secrets);
    const QString said = DisplayText::escape(
        error.serverMessage.isEmpty() ? error.message : error.serverMessage, 300);
    const QString code = error.code;
    if (code == QLatin1String("activity.cancelled") || code == QLatin1String("net.cancelled") ||
        code == QLatin1String("api.cancelled"))
        return tr("Stopped waiting for %1. It may still have done it: the records show what it "
                  "did.")
            .arg(service);
    if (code == QLatin1String("api.generation_failed"))
        return tr("%1 could not generate it (verifiableCredentialGenerationFailed): %2.")
            .arg(service, said);
    if (code == QLatin1String("net.unauthorized"))
        return tr("%1 refused the account's key (401): %2. Check the account in Wallet ▸ "
                  "Accounts.")
            .arg(service, said);
    if (code == QLatin1String("net.forbidden"))
        return tr("%1 does not let this account do that (403): %2.").arg(service, said);
    if (code == QLatin1String("net.not_found"))
        return tr("%1 does not know it (404): %2.").arg(service, said);
    if (code == QLatin1String("net.unreachable") || code == QLatin1String("net.unavailable"))
        return tr("%1 cannot be reached: %2. Is it running?").arg(service, said);
    if (code == QLatin1String("net.timeout"))
        return tr("%1 did not answer in time: %2. It may still do it: refresh to see.")
            .arg(service, said);
    if (code == QLatin1String("net.http_status")) {
        if (error.httpStatus == 409)
            return tr("%1 refused: it is not in a state for that (409): %2.").arg(service, said);
        if (error.httpStatus == 413)
            return tr("%1 refused it as too large (413). Send less.").arg(service);
        if (error.httpStatus >= 500)
            return tr("%1 failed (HTTP %2): %3. Nothing was done here; try again later.")
                .arg(service)
                .arg(error.httpStatus)
                .arg(said);
        return tr("%1 refused it (HTTP %2): %3.").arg(service).arg(error.httpStatus).arg(said);
    }
    return tr("%1: %2 [%3].")
        .arg(service, DisplayText::escape(error.message, 300), DisplayText::escape(code, 60));
}

QString ServiceSentence::redact(QString text, const QByteArrayList &secrets)
{
    for (const QByteArray &secret : secrets) {
        // Short values (a port, "x") would blank ordinary words; real keys are long.
        if (secret.size() < 8)
            continue;
        const QString whole = QString::fromUtf8(secret);
        text.replace(whole, QStringLiteral("•••"));
        for (qsizetype length = whole.size() - 1; length >= 4; --length) {
            if (text.endsWith(whole.left(length))) {
                text = text.left(text.size() - length) + QStringLiteral("•••");
                break;
            }
        }
    }
    return text;
}

QString ServiceSentence::asSentence(QString message)
{
    message = message.trimmed();
    while (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    if (!message.isEmpty())
        message[0] = message.at(0).toUpper();
    return message;
}

} // namespace vcdesk
