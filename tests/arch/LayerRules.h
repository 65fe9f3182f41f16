#pragma once

#include <QHash>
#include <QStringList>

namespace vcdesk::test {

/// What may include what: top-level folders (layers), the rooms of one layer (core/), and
/// the Qt modules a layer may use. Data only; LayerChecker applies it, tst_layering holds
/// vcdesk's own table.
struct LayerRules
{
    /// Layers, bottom first; a layer may include only layers below it, and of those only the
    /// ones listed in `layerEdges`.
    QStringList layerOrder;
    QHash<QString, QStringList> layerEdges;
    /// Top-level folders with a CMakeLists.txt that hold no product code (tests/).
    QStringList notLayers;

    /// The layer split into rooms (its subfolders), the rooms bottom first, and the
    /// room-to-room edges allowed inside it.
    QString roomedLayer;
    QStringList roomOrder;
    QHash<QString, QStringList> roomEdges;

    /// The Qt modules (QtCore, QtGui, ...) a layer may include; a layer not listed may
    /// include any.
    QHash<QString, QStringList> qtModules;
};

} // namespace vcdesk::test
