#include "LayerChecker.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace vcdesk::test {

namespace {

const QStringList kSourceSuffixes{"h", "hh", "hpp", "hxx", "inl", "ipp", "c", "cc", "cpp", "cxx"};

QString firstSegment(const QString &path)
{
    return path.section('/', 0, 0);
}

/// The line without comments and string contents, so that `// #include "x"`, a commented
/// block, or "image/*" in a string neither count nor hide what follows. `inComment` carries a
/// block comment over to the next line.
QString codeOf(const QString &line, bool &inComment)
{
    // An #include keeps its quotes; any other line loses the contents of its literals.
    const bool includeLine = !inComment && line.trimmed().startsWith('#');
    QString code;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        if (inComment) {
            const qsizetype end = line.indexOf("*/", i);
            if (end < 0)
                return code;
            inComment = false;
            i = end + 2;
            code += ' ';
            continue;
        }
        const QChar c = line.at(i);
        if (c == '/' && i + 1 < n && line.at(i + 1) == '/')
            return code;
        if (c == '/' && i + 1 < n && line.at(i + 1) == '*') {
            inComment = true;
            i += 2;
            continue;
        }
        code += c;
        ++i;
        if ((c == '"' || c == '\'') && !includeLine) {
            while (i < n && line.at(i) != c) {
                if (line.at(i) == '\\')
                    ++i;
                ++i;
            }
            if (i < n) {
                code += c;
                ++i;
            }
        }
    }
    return code;
}

} // namespace

QString LayerChecker::Violation::toString() const
{
    if (file.isEmpty())
        return QStringLiteral("layer table: %1").arg(message);
    return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
}

LayerChecker::LayerChecker(const QString &root, LayerRules rules, const QString &qtHeaders)
    : m_root(QDir(root).absolutePath())
    , m_rules(std::move(rules))
{
    const QDir headers(qtHeaders);
    for (const QString &module : headers.entryList({"Qt*"}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        m_qtIndex[module + '/'] << module;
        for (const QString &header : QDir(headers.filePath(module)).entryList(QDir::Files))
            m_qtIndex[header] << module;
    }
    const QDir top(m_root);
    for (const QString &folder : top.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(top.filePath(folder + "/CMakeLists.txt")))
            m_folders << folder;
    }
    scan();
}

QStringList LayerChecker::qtModulesOf(const QString &header) const
{
    if (header.contains('/')) {
        const QString module = firstSegment(header);
        return m_qtIndex.contains(module + '/') ? QStringList{module} : QStringList{};
    }
    return m_qtIndex.value(header);
}

void LayerChecker::scan()
{
    for (const QString &folder : m_folders) {
        if (!m_rules.layerOrder.contains(folder))
            continue;
        QStringList files;
        QDirIterator it(m_root + '/' + folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            if (kSourceSuffixes.contains(info.suffix()))
                files << QDir(m_root).relativeFilePath(info.filePath());
        }
        std::sort(files.begin(), files.end());
        for (const QString &file : files)
            readFile(file);
    }
}

void LayerChecker::readFile(const QString &relativePath)
{
    static const QRegularExpression include(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])");
    QFile file(m_root + '/' + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_includes << Include{relativePath, 0, QStringLiteral("(unreadable)"), QString(), {}};
        return;
    }
    ++m_filesRead;
    const QStringList lines = QString::fromUtf8(file.readAll()).split('\n');
    bool inComment = false;
    for (int i = 0; i < lines.size(); ++i) {
        const auto match = include.match(codeOf(lines.at(i), inComment));
        if (!match.hasMatch())
            continue;
        const bool angled = match.captured(1) == QLatin1String("<");
        const QString name = match.captured(2).trimmed();
        Include found{
            relativePath, i + 1, angled ? '<' + name + '>' : '"' + name + '"', QString(), {}};
        // Quoted: next to the including file first, then from the root (as the compiler
        // searches). Angled: a project path only if it starts with a project folder.
        QString target = QDir::cleanPath(QFileInfo(relativePath).path() + '/' + name);
        if (angled || !QFileInfo::exists(m_root + '/' + target))
            target = QDir::cleanPath(name);
        if (!layerOf(target).isEmpty())
            found.target = target;
        else
            found.qtModules = qtModulesOf(name);
        m_includes << found;
    }
}

QString LayerChecker::layerOf(const QString &path) const
{
    if (!path.contains('/'))
        return {};
    const QString top = firstSegment(path);
    if (m_folders.contains(top) || m_rules.layerOrder.contains(top) ||
        m_rules.notLayers.contains(top))
        return top;
    return {};
}

QString LayerChecker::roomOf(const QString &path) const
{
    if (m_rules.roomedLayer.isEmpty() || layerOf(path) != m_rules.roomedLayer ||
        path.count('/') < 2)
        return {};
    return path.section('/', 1, 1);
}

QList<LayerChecker::Violation> LayerChecker::checkRules() const
{
    QList<Violation> out;
    auto checkOrder = [&out](const QString &kind, const QStringList &order,
                             const QHash<QString, QStringList> &edges) {
        for (auto it = edges.begin(); it != edges.end(); ++it) {
            const qsizetype from = order.indexOf(it.key());
            if (from < 0)
                out << Violation{
                    {},
                    0,
                    QStringLiteral("%1 %2 has edges but is not in the order").arg(kind, it.key())};
            for (const QString &to : it.value()) {
                const qsizetype index = order.indexOf(to);
                if (index < 0)
                    out << Violation{
                        {}, 0, QStringLiteral("%1 %2 is not in the order").arg(kind, to)};
                else if (from >= 0 && index >= from)
                    out << Violation{{},
                                     0,
                                     QStringLiteral("%1 edge %2 -> %3 points up or sideways in "
                                                    "the order (%4)")
                                         .arg(kind, it.key(), to, order.join(" < "))};
            }
        }
    };
    checkOrder(QStringLiteral("layer"), m_rules.layerOrder, m_rules.layerEdges);
    checkOrder(QStringLiteral("room"), m_rules.roomOrder, m_rules.roomEdges);
    return out;
}

QList<LayerChecker::Violation> LayerChecker::checkFolders() const
{
    QList<Violation> out;
    for (const QString &folder : m_folders) {
        if (!m_rules.layerOrder.contains(folder) && !m_rules.notLayers.contains(folder))
            out << Violation{folder + "/CMakeLists.txt", 1,
                             QStringLiteral("the top-level folder %1/ builds code but has no row "
                                            "in the layer table; say what it may include")
                                 .arg(folder)};
    }
    if (m_rules.roomedLayer.isEmpty())
        return out;
    const QDir layer(m_root + '/' + m_rules.roomedLayer);
    for (const QString &room : layer.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!m_rules.roomOrder.contains(room))
            out << Violation{m_rules.roomedLayer + '/' + room, 0,
                             QStringLiteral("the room %1/%2 is not in the room order; give it "
                                            "a place and its allowed edges")
                                 .arg(m_rules.roomedLayer, room)};
    }
    return out;
}

QList<LayerChecker::Violation> LayerChecker::checkIncludes() const
{
    QList<Violation> out;
    const QString &roomed = m_rules.roomedLayer;
    for (const Include &include : m_includes) {
        const QString from = layerOf(include.file);
        if (include.line == 0) { // readFile could not open it
            out << Violation{include.file, 0, QStringLiteral("cannot read the file")};
            continue;
        }
        if (!include.target.isEmpty()) {
            const QString to = layerOf(include.target);
            const QStringList allowed = m_rules.layerEdges.value(from);
            if (to != from && !allowed.contains(to)) {
                out << Violation{include.file, include.line,
                                 QStringLiteral("%1 includes %2: %1 -> %3 is not allowed (%1 may "
                                                "include: %4)")
                                     .arg(from, include.spelled, to,
                                          allowed.isEmpty() ? QStringLiteral("no other layer")
                                                            : allowed.join(", "))};
            } else if (to == from && from == roomed) {
                const QString fromRoom = roomOf(include.file);
                const QString toRoom = roomOf(include.target);
                const QStringList rooms = m_rules.roomEdges.value(fromRoom);
                if (!fromRoom.isEmpty() && !toRoom.isEmpty() && fromRoom != toRoom &&
                    !rooms.contains(toRoom))
                    out << Violation{include.file, include.line,
                                     QStringLiteral("includes %1: %2/%3 -> %2/%4 is not an "
                                                    "allowed edge (%2/%3 may include: %5)")
                                         .arg(include.spelled, roomed, fromRoom, toRoom,
                                              rooms.isEmpty() ? QStringLiteral("no other room")
                                                              : rooms.join(", "))};
            }
        }
        if (!include.qtModules.isEmpty() && m_rules.qtModules.contains(from)) {
            const QStringList allowed = m_rules.qtModules.value(from);
            const bool ok = std::any_of(include.qtModules.begin(), include.qtModules.end(),
                                        [&](const QString &m) { return allowed.contains(m); });
            if (!ok)
                out << Violation{include.file, include.line,
                                 QStringLiteral("%1 is from %2, which %3 may not include (%3 "
                                                "may use: %4)")
                                     .arg(include.spelled, include.qtModules.join('/'), from,
                                          allowed.join(", "))};
        }
    }
    return out;
}

QMap<QString, QSet<QString>> LayerChecker::roomGraph() const
{
    QMap<QString, QSet<QString>> graph;
    for (const Include &include : m_includes) {
        const QString from = roomOf(include.file);
        const QString to = include.target.isEmpty() ? QString() : roomOf(include.target);
        if (!from.isEmpty() && !to.isEmpty() && from != to)
            graph[from].insert(to);
    }
    return graph;
}

QList<LayerChecker::Violation> LayerChecker::checkCycles() const
{
    const QMap<QString, QSet<QString>> graph = roomGraph();
    // Where each edge first appears, to name a file and line.
    QHash<QString, const Include *> firstUse;
    for (const Include &include : m_includes) {
        const QString from = roomOf(include.file);
        const QString to = include.target.isEmpty() ? QString() : roomOf(include.target);
        if (!from.isEmpty() && !to.isEmpty() && from != to && !firstUse.contains(from + '>' + to))
            firstUse.insert(from + '>' + to, &include);
    }
    auto reachable = [&graph](const QString &start) {
        QSet<QString> seen;
        QStringList todo{start};
        while (!todo.isEmpty()) {
            const QString room = todo.takeLast();
            for (const QString &next : graph.value(room)) {
                if (!seen.contains(next)) {
                    seen.insert(next);
                    todo << next;
                }
            }
        }
        return seen;
    };
    QList<Violation> out;
    QSet<QString> reported;
    for (auto it = graph.begin(); it != graph.end(); ++it) {
        const QString &start = it.key();
        if (reported.contains(start) || !reachable(start).contains(start))
            continue;
        // The shortest way back to `start` (breadth first), named edge by edge.
        QHash<QString, QString> previous;
        QStringList queue{start};
        QString last;
        while (!queue.isEmpty() && last.isEmpty()) {
            const QString room = queue.takeFirst();
            QStringList next = graph.value(room).values();
            std::sort(next.begin(), next.end());
            for (const QString &to : next) {
                if (to == start) {
                    last = room;
                    break;
                }
                if (!previous.contains(to)) {
                    previous.insert(to, room);
                    queue << to;
                }
            }
        }
        QStringList forward;
        for (QString room = last; room != start; room = previous.value(room))
            forward.prepend(room);
        forward.prepend(start);
        forward << start;
        QStringList places;
        for (int i = 0; i + 1 < forward.size(); ++i) {
            const Include *use = firstUse.value(forward.at(i) + '>' + forward.at(i + 1));
            places << QStringLiteral("%1:%2").arg(use->file).arg(use->line);
            reported.insert(forward.at(i));
        }
        const Include *first = firstUse.value(forward.at(0) + '>' + forward.at(1));
        out << Violation{first->file, first->line,
                         QStringLiteral("rooms of %1 in a cycle: %2 (%3)")
                             .arg(m_rules.roomedLayer, forward.join(" -> "), places.join(", "))};
    }
    return out;
}

QList<LayerChecker::Violation> LayerChecker::checkAll() const
{
    return checkRules() + checkFolders() + checkIncludes() + checkCycles();
}

} // namespace vcdesk::test
