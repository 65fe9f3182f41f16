// The passphrase meter's judgement: what is refused (short, common, predictable) and why, and
// that several unrelated words or a long mixed string pass.

#include "models/PassphraseStrength.h"

#include <QtTest>

using namespace vcdesk;

class TestPassphraseStrength : public QObject
{
    Q_OBJECT
private slots:
    void judgements_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<bool>("acceptable");
        QTest::addColumn<QString>("advice");
        QTest::newRow("empty") << "" << false << "Choose a passphrase";
        QTest::newRow("short") << "Xy7!q" << false << "Too short";
        QTest::newRow("common with digits") << "Password2024!" << false << "common password";
        QTest::newRow("keyboard run") << "abcdefghijkl" << false << "Too easy";
        QTest::newRow("one repeated") << "aaaaaaaaaaaaaaaa" << false << "Too easy";
        QTest::newRow("digits run") << "12345678901234" << false << "Too easy";
        QTest::newRow("four words") << "velvet orbit cactus lantern" << true << "";
        QTest::newRow("mixed") << "t7#Kq9!vLm2$" << true << "";
    }
    void judgements()
    {
        QFETCH(QString, passphrase);
        QFETCH(bool, acceptable);
        QFETCH(QString, advice);
        const auto assessment = PassphraseStrength::assess(passphrase);
        QCOMPARE(assessment.acceptable(), acceptable);
        QVERIFY2(assessment.advice.contains(advice), qPrintable(assessment.advice));
        QVERIFY(!assessment.advice.isEmpty());
    }

    void longerIsStronger()
    {
        const auto three = PassphraseStrength::assess("velvet orbit cactus");
        const auto six = PassphraseStrength::assess("velvet orbit cactus lantern meadow quartz");
        QVERIFY(six.bits > three.bits);
        QCOMPARE(six.level, PassphraseStrength::Level::Strong);
    }
};

QTEST_GUILESS_MAIN(TestPassphraseStrength)
#include "tst_passphrase_strength.moc"
