#pragma once

// Runs the vcdesk binary as a user would: a real process, arguments, standard input, and
// the exit code and both output streams back.

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace vcdesk::test {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Writes the passphrase of the test wallets ("pass") to `path`, for --passphrase-file.
inline bool writePassphraseFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write("pass\n") == 5;
}

inline Run runVcdesk(const QStringList &args, const QByteArray &stdinData = {},
                     const QHash<QString, QString> &extraEnvironment = {})
{
    QProcess process;
    // The binary's default folders point into the test's own scratch space.
    static QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", home.filePath("data"));
    env.insert("XDG_CACHE_HOME", home.filePath("cache"));
    for (auto it = extraEnvironment.begin(); it != extraEnvironment.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(VCDESK_BINARY), args);
    if (!stdinData.isNull())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("vcdesk did not finish");
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace vcdesk::test
