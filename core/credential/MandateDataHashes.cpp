#include "core/credential/MandateDataHashes.h"

#include "core/crypto/Digest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace vcdesk {

namespace {

QByteArray bytesOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toUtf8();
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isBool())
        return value.toBool() ? "true" : "false";
    if (value.isNull())
        return "null";
    return value.toVariant().toString().toUtf8();
}

void walk(const QJsonArray &items, int depth, int &checked, QStringList &bad)
{
    static const QRegularExpression format(QStringLiteral("^sha256:[0-9a-fA-F]{64}$"));
    if (depth > 16)
        return;
    for (const QJsonValue &itemValue : items) {
        const QJsonObject item = itemValue.toObject();
        const QString label = item.value(QStringLiteral("label")).toString(QStringLiteral("?"));
        if (item.contains(QStringLiteral("hash"))) {
            const QString hash = item.value(QStringLiteral("hash")).toString();
            ++checked;
            if (!format.match(hash).hasMatch())
                bad << MandateDataHashes::tr("\"%1\" has a malformed hash (%2)")
                           .arg(label.left(60), hash.left(24));
            else if (hash.mid(7).toLower() !=
                     MandateDataHashes::hashOf(item.value(QStringLiteral("value"))).mid(7))
                bad << MandateDataHashes::tr("\"%1\" does not match its hash").arg(label.left(60));
        }
        walk(item.value(QStringLiteral("fields")).toArray(), depth + 1, checked, bad);
    }
}

} // namespace

QString MandateDataHashes::hashOf(const QJsonValue &value)
{
    return QStringLiteral("sha256:") + QString::fromLatin1(Digest::sha256(bytesOf(value)).toHex());
}

CheckResult MandateDataHashes::check(const QJsonArray &data)
{
    int checked = 0;
    QStringList bad;
    walk(data, 0, checked, bad);
    const QString name = QStringLiteral("DataHashes");
    if (!bad.isEmpty())
        return {name, CheckResult::Outcome::Fail, bad.join(QStringLiteral("; "))};
    if (checked == 0)
        return {name, CheckResult::Outcome::Unknown, tr("no data item carries a hash")};
    return {name, CheckResult::Outcome::Pass,
            tr("%n data item hash(es) match their values", nullptr, checked)};
}

} // namespace vcdesk
