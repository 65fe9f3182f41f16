#include "core/store/SealedRecord.h"

#include "core/store/RecordSealer.h"
#include "core/store/StatementCache.h"

#include <QCborArray>
#include <QCborValue>
#include <QSqlRecord>

namespace vcdesk {

namespace {

const QString kUid = QStringLiteral("uid");

QCborValue toCbor(const QVariant &value)
{
    if (value.isNull())
        return QCborValue(QCborValue::Null);
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QCborValue(value.toByteArray());
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QCborValue(value.toLongLong());
    case QMetaType::Double:
        return QCborValue(value.toDouble());
    default:
        return QCborValue(value.toString());
    }
}

QCborMap rowOf(const QSqlQuery &query, const QString &skip)
{
    QCborMap out;
    const QSqlRecord fields = query.record();
    for (int i = 0; i < fields.count(); ++i)
        if (fields.fieldName(i) != skip)
            out.insert(fields.fieldName(i), toCbor(query.value(i)));
    return out;
}

/// Field names come from a sealed record of this wallet, but are still checked as names.
bool isColumnName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('$')))
        return false;
    for (const QChar c : name)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_')))
            return false;
    return true;
}

QByteArray associatedTable(const WalletSchema::Table &table)
{
    return QByteArray(table.name.data(), table.name.size()) + "#record";
}

} // namespace

Result<QCborMap> SealedRecord::read(const QSqlDatabase &index, const WalletSchema::Table &table,
                                    qint64 id)
{
    auto row = StatementCache::run(
        index, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table.name), {id});
    if (!row)
        return row.error();
    QSqlQuery &query = *row.value();
    if (!query.next())
        return QCborMap();
    QCborMap out = rowOf(query, QStringLiteral("id"));
    query.finish();
    if (table.child.isEmpty())
        return out;
    auto children = StatementCache::run(index,
                                        QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY %3")
                                            .arg(table.child, table.childKey, table.childOrder),
                                        {id});
    if (!children)
        return children.error();
    QSqlQuery &each = *children.value();
    QCborArray list;
    while (each.next())
        list.append(rowOf(each, table.childKey));
    each.finish();
    out.insert(QString(table.childMember), list);
    return out;
}

Status SealedRecord::Inserter::insertRow(const QString &table, const QString &parentColumn,
                                         qint64 id, const QCborMap &row, const QString &skip)
{
    QStringList columns{parentColumn};
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        const QString name = it.key().toString();
        if (name == skip)
            continue;
        if (!isColumnName(name))
            return Error{QStringLiteral("wallet.corrupt"),
                         tr("a sealed %1 record has a bad field name").arg(table)};
        columns << name;
    }
    const QString key = table + QLatin1Char('|') + columns.join(QLatin1Char(','));
    auto found = m_prepared.find(key);
    if (found == m_prepared.end()) {
        auto statement = SqliteStatement::prepare(
            m_index,
            QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                .arg(table, columns.join(QLatin1Char(',')),
                     QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        if (!statement)
            return statement.error();
        found = m_prepared.insert(key, statement.value());
    }
    SqliteStatement &statement = found.value();
    if (auto bound = statement.bind(0, QCborValue(id)); !bound)
        return bound;
    int position = 1;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (it.key().toString() == skip)
            continue;
        if (auto bound = statement.bind(position++, it.value()); !bound)
            return bound;
    }
    return statement.run();
}

Status SealedRecord::Inserter::insert(const WalletSchema::Table &table, qint64 id,
                                      const QCborMap &record)
{
    const QString childMember = table.childMember;
    if (auto done = insertRow(table.name, QStringLiteral("id"), id, record, childMember); !done)
        return done;
    if (table.child.isEmpty())
        return {};
    const QCborArray children = record.value(childMember).toArray();
    for (const QCborValue &child : children)
        if (auto done = insertRow(table.child, table.childKey, id, child.toMap(), QString()); !done)
            return done;
    return {};
}

Result<QByteArray> SealedRecord::seal(const RecordSealer &sealer, const WalletSchema::Table &table,
                                      const QString &uid, const QCborMap &record)
{
    const QByteArray name = associatedTable(table);
    return sealer.seal(QLatin1StringView(name), uid, record.toCborValue().toCbor());
}

Result<QCborMap> SealedRecord::open(const RecordSealer &sealer, const WalletSchema::Table &table,
                                    const QString &uid, QByteArrayView sealed)
{
    const QByteArray name = associatedTable(table);
    auto plain = sealer.open(QLatin1StringView(name), uid, sealed);
    if (!plain)
        return plain.error();
    // Authenticated by the wallet key: only vcdesk wrote it.
    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(plain.value(), &parseError);
    if (parseError.error != QCborError::NoError || !value.isMap() ||
        value.toMap().value(kUid).toString() != uid)
        return Error{QStringLiteral("wallet.corrupt"),
                     tr("a sealed %1 record (%2) is damaged").arg(table.name, uid.left(40))};
    return value.toMap();
}

} // namespace vcdesk
