// Every language stays complete: each translations/*.ts has no unfinished, obsolete or
// vanished entry, is up to date with the sources (lupdate run on a copy finds nothing new and
// nothing gone), and each translation keeps what the program relies on: the same %1..%n
// placeholders, one keyboard accelerator where the source has one, the number of line breaks
// and the plural forms of its language. The compiled vcdesk then speaks the language of LANG.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // of the translation: empty when finished
    QStringList forms;
    bool numerus = false;
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot read %1").arg(path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message =
                Message{context,
                        {},
                        {},
                        {},
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) // numerusform, until </translation>
                    message.forms << xml.readElementText();
            } else {
                message.forms = {xml.readElementText()};
            }
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return ts;
}

QStringList tsFiles(const QString &folder)
{
    QStringList files;
    for (const QString &name : QDir(folder).entryList({QStringLiteral("vcdesk_*.ts")}, QDir::Files))
        files << QDir(folder).filePath(name);
    return files;
}

QSet<QString> placeholders(const QString &text, bool numerus)
{
    static const QRegularExpression arg(QStringLiteral("%L?[0-9]+|%n"));
    QSet<QString> found;
    for (const auto &match : arg.globalMatch(text))
        if (!(numerus && match.captured() == QLatin1String("%n")))
            found.insert(match.captured());
    return found;
}

/// Keyboard accelerators: an '&' before a letter ("&&" is a literal ampersand).
int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression mark(QStringLiteral("&[^\\s&;]"));
    return int(text.count(mark));
}

/// Plural forms per language, as Qt's numerus rules have them.
int pluralForms(const QString &language)
{
    const QString code = language.section(QLatin1Char('_'), 0, 0);
    if (code == QLatin1String("de") || code == QLatin1String("fr"))
        return 2;
    return -1;
}

QString describe(const QString &file, const Message &m)
{
    return QStringLiteral("%1: [%2] \"%3\"").arg(QFileInfo(file).fileName(), m.context, m.source);
}

/// What is wrong with the finished translations of `file`, one line each.
QStringList problemsIn(const QString &file)
{
    const TsFile ts = readTs(file);
    if (!ts.error.isEmpty())
        return {ts.error};
    QStringList problems;
    if (ts.messages.isEmpty())
        problems << QStringLiteral("%1: no messages").arg(file);
    const int plurals = pluralForms(ts.language);
    if (plurals < 0)
        problems << QStringLiteral("%1: the plural forms of %2 are not known to this test")
                        .arg(file, ts.language);
    for (const Message &m : ts.messages) {
        if (!m.type.isEmpty()) {
            problems << describe(file, m) + QStringLiteral(" is ") + m.type;
            continue;
        }
        if (m.numerus && m.forms.size() != plurals)
            problems << describe(file, m) + QStringLiteral(" has %1 plural forms, not %2")
                                                .arg(m.forms.size())
                                                .arg(plurals);
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty())
                problems << describe(file, m) + QStringLiteral(" is empty");
            else if (placeholders(form, m.numerus) != placeholders(m.source, m.numerus))
                problems << describe(file, m) + QStringLiteral(" changes placeholders: ") + form;
            else if (accelerators(form) != accelerators(m.source))
                problems << describe(file, m) + QStringLiteral(" changes accelerators: ") + form;
            else if (form.count(QLatin1Char('\n')) != m.source.count(QLatin1Char('\n')))
                problems << describe(file, m) + QStringLiteral(" changes line breaks: ") + form;
        }
        if (m.numerus && m.source.contains(QLatin1String("%n")) && !m.forms.isEmpty() &&
            !m.forms.last().contains(QLatin1String("%n")))
            problems << describe(file, m) + QStringLiteral(" has no %n in its plural form");
    }
    return problems;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyLanguageIsThere()
    {
        QStringList languages;
        for (const QString &file : tsFiles(QStringLiteral(VCDESK_TRANSLATIONS_DIR)))
            languages << readTs(file).language;
        languages.sort();
        QCOMPARE(languages, (QStringList{"de_DE", "fr_FR"}));
    }

    void everyEntryIsFinishedAndKeepsWhatTheProgramNeeds()
    {
        QStringList problems;
        for (const QString &file : tsFiles(QStringLiteral(VCDESK_TRANSLATIONS_DIR)))
            problems << problemsIn(file);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(QLatin1Char('\n'))));
    }

    // A verdict is a promise: in every language, each way of saying "not valid" reads
    // differently from "valid" (and the kiosk's "Not verified" from "Verified").
    void noLanguageSaysValidForNotValid()
    {
        const QList<QPair<QString, QStringList>> apart = {
            {QStringLiteral("VerdictText|Valid"),
             {QStringLiteral("VerdictText|Not valid"),
              QStringLiteral("VerdictText|Cannot be verified"),
              QStringLiteral("VerdictText|Not checked yet")}},
            {QStringLiteral("vcdesk::KioskResultView|Verified"),
             {QStringLiteral("vcdesk::KioskResultView|Not verified")}}};
        for (const QString &file : tsFiles(QStringLiteral(VCDESK_TRANSLATIONS_DIR))) {
            QHash<QString, QString> said;
            for (const Message &m : readTs(file).messages)
                if (!m.forms.isEmpty())
                    said.insert(m.context + QLatin1Char('|') + m.source, m.forms.first());
            for (const auto &[valid, notValid] : apart) {
                QVERIFY2(said.contains(valid), qPrintable(file + QStringLiteral(": no ") + valid));
                for (const QString &other : notValid) {
                    QVERIFY2(said.contains(other),
                             qPrintable(file + QStringLiteral(": no ") + other));
                    QVERIFY2(said.value(other).compare(said.value(valid), Qt::CaseInsensitive) != 0,
                             qPrintable(file + QStringLiteral(": ") + other +
                                        QStringLiteral(" reads as ") + valid));
                }
            }
        }
    }

    // A string added to or removed from the sources without updating the languages (cmake
    // --build --preset dev --target update_translations, then translating) fails here.
    void theFilesAreUpToDateWithTheSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("project.json"));
        QProcess generate;
        generate.start(QStringLiteral(VCDESK_CMAKE),
                       {QStringLiteral("-DIN_FILE=" VCDESK_LUPDATE_PROJECT_IN),
                        QStringLiteral("-DOUT_FILE=") + project, QStringLiteral("-P"),
                        QStringLiteral(VCDESK_LUPDATE_PROJECT_SCRIPT)});
        QVERIFY(generate.waitForFinished(60000));
        QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());
        QStringList copies;
        for (const QString &file : tsFiles(QStringLiteral(VCDESK_TRANSLATIONS_DIR))) {
            const QString copy = dir.filePath(QFileInfo(file).fileName());
            QVERIFY(QFile::copy(file, copy));
            copies << copy;
        }
        QProcess lupdate;
        lupdate.start(QStringLiteral(VCDESK_LUPDATE),
                      QStringList{QStringLiteral("-silent"), QStringLiteral("-project"), project,
                                  QStringLiteral("-ts")} +
                          copies);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        QStringList problems;
        for (const QString &copy : copies)
            problems << problemsIn(copy);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("translations/ is behind the sources (run the "
                                           "update_translations target and translate):\n") +
                            problems.mid(0, 30).join(QLatin1Char('\n'))));
    }

    // The checks above are real: a file with each kind of fault is caught.
    void aFaultyFileIsCaught()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vcdesk_de.ts"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
            "<TS version=\"2.1\" language=\"de_DE\"><context><name>X</name>"
            "<message><source>Open %1</source><translation "
            "type=\"unfinished\"></translation></message>"
            "<message><source>Gone</source><translation "
            "type=\"vanished\">Weg</translation></message>"
            "<message><source>Open %1</source><translation>%2 öffnen</translation></message>"
            "<message><source>&amp;Save</source><translation>Speichern</translation></message>"
            "<message numerus=\"yes\"><source>%n file(s)</source><translation>"
            "<numerusform>eine Datei</numerusform><numerusform>Dateien</numerusform>"
            "</translation></message>"
            "<message><source>Fine %1</source><translation>Gut %1</translation></message>"
            "</context></TS>\n");
        file.close();
        const QStringList problems = problemsIn(path);
        QCOMPARE(problems.size(), 5);
        QVERIFY(problems.at(0).endsWith(QLatin1String("is unfinished")));
        QVERIFY(problems.at(1).endsWith(QLatin1String("is vanished")));
        QVERIFY(problems.at(2).contains(QLatin1String("changes placeholders")));
        QVERIFY(problems.at(3).contains(QLatin1String("changes accelerators")));
        QVERIFY(problems.at(4).contains(QLatin1String("no %n")));
    }

    // The compiled translations reach people: the command line speaks the language of LANG.
    void theCommandLineSpeaksTheSystemsLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de") << "de_DE.UTF-8"
                            << "vcdesk: „recieve“ ist kein Befehl";
        QTest::newRow("fr") << "fr_FR.UTF-8"
                            << "vcdesk : « recieve » n'est pas une commande";
    }
    void theCommandLineSpeaksTheSystemsLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QProcess vcdesk;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("LC_ALL"), lang);
        env.insert(QStringLiteral("LANGUAGE"), QString());
        vcdesk.setProcessEnvironment(env);
        vcdesk.start(QStringLiteral(VCDESK_BINARY), {QStringLiteral("recieve")});
        QVERIFY(vcdesk.waitForFinished(30000));
        QCOMPARE(vcdesk.exitCode(), 64);
        const QString err = QString::fromUtf8(vcdesk.readAllStandardError());
        QVERIFY2(err.contains(expected), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
