#include "core/verify/MandateHashCheck.h"

#include "core/crypto/Digest.h"

#include <QJsonArray>
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

} // namespace

QString MandateHashCheck::hashOf(const QJsonValue &value)
{
    return QStringLiteral("sha256:") + QString::fromLatin1(Digest::sha256(bytesOf(value)).toHex());
}

CheckResult MandateHashCheck::check(const QList<MandateDataItem> &items)
{
    static const QRegularExpression format(QStringLiteral("^sha256:[0-9a-fA-F]{64}$"));
    QStringList bad;
    for (const MandateDataItem &item : items) {
        if (!format.match(item.hash).hasMatch())
            bad << tr("\"%1\" has a malformed hash (%2)")
                       .arg(item.label.left(60), item.hash.left(24));
        else if (item.hash.mid(7).toLower() != hashOf(item.value).mid(7))
            bad << tr("\"%1\" does not match its hash").arg(item.label.left(60));
    }
    const QString name = QStringLiteral("DataHashes");
    if (!bad.isEmpty())
        return {name, CheckResult::Outcome::Fail, bad.join(QStringLiteral("; "))};
    if (items.isEmpty())
        return {name, CheckResult::Outcome::Unknown, tr("no data item carries a hash")};
    return {name, CheckResult::Outcome::Pass,
            tr("%n data item hash(es) match their values", nullptr, int(items.size()))};
}

} // namespace vcdesk
