// The credential list's helpers for the window, through a WalletSession on a real wallet: the
// filter menus' choices (read on the wallet's thread, labelled and sorted for people, read
// again after a change, emptied at once by a lock) and the tag editor's rules and saving
// (what is wrong said in a sentence, nothing written; the old tags kept).

#include "core/store/Wallet.h"
#include "models/CredentialFilterChoices.h"
#include "models/CredentialListModel.h"
#include "models/CredentialTagger.h"
#include "models/WalletSession.h"
#include "support/WalletFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vcdesk;

namespace {

QStringList labels(const QList<CredentialFilterChoices::Choice> &choices)
{
    QStringList out;
    for (const auto &choice : choices)
        out << choice.label;
    return out;
}

} // namespace

class CredentialFilterModelsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_profile = 0;
    qint64 m_first = 0;
    test::Issuer m_named = test::Issuer::make(KeyType::P256);
    test::Issuer m_plain = test::Issuer::make(KeyType::P256);

    std::unique_ptr<WalletSession> openSession()
    {
        auto session = std::make_unique<WalletSession>();
        QSignalSpy opened(session.get(), &WalletSession::opened);
        QSignalSpy unlocked(session.get(), &WalletSession::unlocked);
        session->open(m_path, Wallet::Access::ReadWrite);
        if (!opened.wait(10000))
            qFatal("not opened");
        session->unlock("pass");
        if (!unlocked.wait(10000))
            qFatal("not unlocked");
        return session;
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath("filters.db");
        auto wallet = test::createWallet(m_path);
        m_profile = wallet->profiles().resolve({}).value().id;
        CredentialRecord degree = test::signedRecord(m_named, "UniversityDegreeCredential", 1);
        degree.issuerName = "Example University";
        degree.tags = {"work"};
        CredentialRecord email = test::signedRecord(m_plain, "EmailCredential", 2);
        email.tags = {"Archive"};
        const auto added = wallet->credentials().addMany(m_profile, {degree, email});
        QCOMPARE(added->added.size(), 2);
        m_first = added->added.first();
    }

    void choicesFollowTheWallet()
    {
        auto session = openSession();
        CredentialFilterChoices choices(*session, m_profile);
        QSignalSpy changed(&choices, &CredentialFilterChoices::changed);
        QTRY_COMPARE(choices.types().size(), 2);
        // Labels are for people (readable, sorted); values are what the filter matches.
        QCOMPARE(labels(choices.types()),
                 (QStringList{"Email Credential", "University Degree Credential"}));
        QCOMPARE(choices.types().last().value, QStringLiteral("UniversityDegreeCredential"));
        QCOMPARE(labels(choices.tags()), (QStringList{"Archive", "work"}));
        QCOMPARE(choices.issuers().size(), 2);
        for (const auto &issuer : choices.issuers())
            QCOMPARE(issuer.label, issuer.value == m_named.did
                                       ? QStringLiteral("Example University")
                                       : m_plain.did);

        // A write: read again, with the new tag.
        CredentialTagger tagger(*session);
        QSignalSpy saved(&tagger, &CredentialTagger::saved);
        tagger.save(m_first, "work, travel");
        QVERIFY(saved.wait(10000));
        QTRY_COMPARE(labels(choices.tags()), (QStringList{"Archive", "travel", "work"}));

        // A lock empties them at once: they are the wallet's content.
        const int before = changed.count();
        session->lock();
        QTRY_VERIFY(changed.count() > before);
        QVERIFY(choices.types().isEmpty() && choices.issuers().isEmpty() &&
                choices.tags().isEmpty());
        QSignalSpy unlocked(session.get(), &WalletSession::unlocked);
        session->unlock("pass");
        QVERIFY(unlocked.wait(10000));
        QTRY_COMPARE(choices.tags().size(), 3);
    }

    void tagsAreParsedOrRefusedInASentence()
    {
        QCOMPARE(CredentialTagger::parse(" work ,travel, work,").value(),
                 (QStringList{"work", "travel"}));
        QCOMPARE(CredentialTagger::parse("   ").value(), QStringList{});
        QCOMPARE(CredentialTagger::joined({"a", "b c"}), QStringLiteral("a, b c"));
        QCOMPARE(CredentialTagger::parse(CredentialTagger::joined({"a", "b c"})).value(),
                 (QStringList{"a", "b c"}));

        const auto empty = CredentialTagger::parse("work,, travel");
        QVERIFY(!empty.ok());
        QVERIFY2(empty.error().message.contains("empty"), qPrintable(empty.error().message));
        const auto tooLong = CredentialTagger::parse("fine, " + QString(65, QLatin1Char('x')));
        QVERIFY(!tooLong.ok());
        QVERIFY2(tooLong.error().message.contains("64") && tooLong.error().message.contains("65"),
                 qPrintable(tooLong.error().message));
        QStringList many;
        for (int i = 0; i < 33; ++i)
            many << QStringLiteral("t%1").arg(i);
        const auto tooMany = CredentialTagger::parse(many.join(','));
        QVERIFY(!tooMany.ok());
        QVERIFY2(tooMany.error().message.contains("32"), qPrintable(tooMany.error().message));
        QVERIFY(!CredentialTagger::parse(QStringLiteral("a\u202eb")).ok()); // a bidi override
        QVERIFY(CredentialTagger::parse(many.mid(0, 32).join(',')).ok());
    }

    void aRefusedTagListWritesNothing()
    {
        auto session = openSession();
        CredentialTagger tagger(*session);
        QSignalSpy saved(&tagger, &CredentialTagger::saved);
        QSignalSpy failed(&tagger, &CredentialTagger::failed);
        QSignalSpy changed(session.get(), &WalletSession::changed);
        tagger.save(m_first, "keep, , these");
        QCOMPARE(failed.count(), 1); // said at once, before the wallet is asked
        QCOMPARE(failed.first().at(0).toLongLong(), m_first);
        QVERIFY(failed.first().at(1).toString().contains("empty"));
        QTest::qWait(100);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(changed.count(), 0);

        // A credential that is not there: the wallet's refusal, in a sentence.
        tagger.save(987654, "fine");
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.last().at(1).toString().startsWith("The tags were not saved"));
        QVERIFY(!tagger.isSaving());
    }
};

QTEST_MAIN(CredentialFilterModelsTest)
#include "tst_credential_filter_models.moc"
