#pragma once

#include "LayerRules.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace vcdesk::test {

/// Reads every #include of the product code under a source root (the top-level folders that
/// have a CMakeLists.txt) and checks them against LayerRules: layer to layer, room to room
/// inside the roomed layer, Qt modules per layer, and no cycle between rooms.
class LayerChecker
{
public:
    struct Violation
    {
        QString file; // relative to the root; empty for the rules themselves
        int line = 0;
        QString message;
        QString toString() const;
    };

    /// `qtHeaders` is the folder that holds QtCore/, QtGui/, QtWidgets/, ...
    LayerChecker(const QString &root, LayerRules rules, const QString &qtHeaders);

    /// Edges the table allows that go up (or sideways) in the declared order, and names the
    /// table uses that are not in the order.
    QList<Violation> checkRules() const;
    /// Top-level folders with a CMakeLists.txt that have no row, and rooms not in the order.
    QList<Violation> checkFolders() const;
    /// Includes of layers, rooms or Qt modules the including file's layer may not use.
    QList<Violation> checkIncludes() const;
    /// Cycles between rooms, whatever the table says.
    QList<Violation> checkCycles() const;
    QList<Violation> checkAll() const;

    /// Room-to-room edges the code has, e.g. "credential" -> {"codec", "jose"}.
    QMap<QString, QSet<QString>> roomGraph() const;
    /// The Qt modules that ship a header, e.g. "QWidget" -> {"QtWidgets"}; empty if none.
    QStringList qtModulesOf(const QString &header) const;
    /// Top-level folders with a CMakeLists.txt.
    QStringList codeFolders() const { return m_folders; }
    int filesRead() const { return m_filesRead; }

private:
    struct Include
    {
        QString file;
        int line = 0;
        QString spelled;       // as written, with its brackets or quotes
        QString target;        // the path it names, relative to the root (quoted includes)
        QStringList qtModules; // angled includes of Qt headers
    };

    void scan();
    void readFile(const QString &relativePath);
    QString layerOf(const QString &path) const;
    QString roomOf(const QString &path) const;

    QString m_root;
    LayerRules m_rules;
    QStringList m_folders;
    QHash<QString, QStringList> m_qtIndex; // header file name -> modules
    QList<Include> m_includes;
    int m_filesRead = 0;
};

} // namespace vcdesk::test
