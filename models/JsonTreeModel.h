#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace vcdesk {

/// A read-only tree over a JSON value: column 0 the member name or array index, column 1
/// the value (scalars as text, containers as a count). Used for token headers and payloads.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setJson(const QJsonValue &value);
    void clear() { setJson(QJsonValue()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// What a cell says, before it is escaped for the screen.
    QString displayText(const QModelIndex &index) const;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString key;
        QJsonValue value;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };

    static void build(Node *node, int depth);
    Node *nodeFor(const QModelIndex &index) const;

    std::unique_ptr<Node> m_root;
};

} // namespace vcdesk
