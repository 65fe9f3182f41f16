#include "models/JsonTreeModel.h"

#include "core/common/DisplayText.h"
#include "core/jose/NumericDate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace vcdesk {

namespace {
// Deeper structure is shown as a count only; the parsers already cap depth, this keeps the
// view bounded whatever it is given.
constexpr int kMaxDepth = 32;
} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::build(Node *node, int depth)
{
    if (depth >= kMaxDepth)
        return;
    auto addChild = [&](const QString &key, const QJsonValue &value) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->value = value;
        child->parent = node;
        child->row = int(node->children.size());
        build(child.get(), depth + 1);
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addChild(it.key(), it.value());
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            addChild(QStringLiteral("[%1]").arg(i), array.at(i));
    }
}

void JsonTreeModel::setJson(const QJsonValue &value)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->value = value;
    build(m_root.get(), 0);
    endResetModel();
}

JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    Node *node = nodeFor(parent);
    if (row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    // Keys and values come from the token: shown escaped, and never guessed as rich text.
    const QString text = displayText(index);
    return role == Qt::ToolTipRole ? DisplayText::toolTip(text) : DisplayText::escape(text);
}

QString JsonTreeModel::displayText(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (index.column() == KeyColumn)
        return node->key;
    const QJsonValue &v = node->value;
    switch (v.type()) {
    case QJsonValue::Object:
        return tr("{%n member(s)}", nullptr, int(v.toObject().size()));
    case QJsonValue::Array:
        return tr("[%n item(s)]", nullptr, int(v.toArray().size()));
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Double:
        // JWT NumericDate claims: show the date next to the number.
        // (Only a usable time: a hostile 1e300 is shown as the number it is.)
        if (node->parent == m_root.get() &&
            (node->key == QLatin1String("exp") || node->key == QLatin1String("nbf") ||
             node->key == QLatin1String("iat")))
            if (auto date = NumericDate::read(v, node->key))
                return tr("%1 (%2)").arg(v.toVariant().toString(), date->toString(Qt::ISODate));
        return v.toVariant().toString();
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == KeyColumn ? tr("Name") : tr("Value");
}

} // namespace vcdesk
