// Writes the hostile corpus (support/HostileCorpus.h) and its manifest expected.json into a
// folder: `make_hostile_corpus tests/data/hostile`. tst_hostile_corpus checks that the
// committed files are exactly what this writes.

#include "support/HostileCorpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_hostile_corpus DIR\n");
        return 64;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    QJsonObject manifest;
    for (const vcdesk::test::HostileToken &token : vcdesk::test::HostileCorpus::tokens()) {
        QFile file(dir.filePath(token.file));
        if (!file.open(QIODevice::WriteOnly) || file.write(token.bytes) != token.bytes.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
        manifest.insert(token.file, QJsonObject{{QStringLiteral("expected"), token.expected},
                                                {QStringLiteral("check"), token.check},
                                                {QStringLiteral("why"), token.why}});
    }
    QFile file(dir.filePath(QStringLiteral("expected.json")));
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    return 0;
}
