#include "ReadingDiff.h"
#include "SeededRandom.h"

#include <QTest>

#include <algorithm>
#include <vector>

namespace {

using Kind = ReadingDiff::Kind;

// Plain two-row Levenshtein, written independently of ReadingDiff, as the reference.
int levenshtein(const QList<uint> &a, const QList<uint> &b)
{
    std::vector<int> previous(size_t(b.size() + 1));
    std::vector<int> current(size_t(b.size() + 1));
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j)
            current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1,
                                           previous[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

QString spelled(const ReadingDiff &diff, bool before)
{
    QString text;
    for (const ReadingDiff::Operation &operation : diff.operations())
        text += before ? operation.before : operation.after;
    return text;
}

QString kinds(const ReadingDiff &diff)
{
    QString text;
    for (const ReadingDiff::Operation &operation : diff.operations())
        text += operation.kind == Kind::Same           ? QLatin1Char('=')
                : operation.kind == Kind::Substitution ? QLatin1Char('S')
                : operation.kind == Kind::Insertion    ? QLatin1Char('I')
                                                       : QLatin1Char('D');
    return text;
}

} // namespace

class TestReadingDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalReadingsHaveNoChanges();
    void classicExample();
    void insertionAndDeletionAreTold();
    void emptySides();
    void charactersOutsideTheBmpCountOnce();
    void agreesWithAReferenceDistanceOnRandomStrings();
    void veryLongReadingsStayCheap();
};

void TestReadingDiff::identicalReadingsHaveNoChanges()
{
    const ReadingDiff diff(QStringLiteral("Carpark"), QStringLiteral("Carpark"));
    QCOMPARE(diff.distance(), 0);
    QCOMPARE(kinds(diff), QStringLiteral("======="));
    QCOMPARE(diff.characterErrorRate(), 0.0);
}

void TestReadingDiff::classicExample()
{
    const ReadingDiff diff(QStringLiteral("kitten"), QStringLiteral("sitting"));
    QCOMPARE(diff.distance(), 3);
    QCOMPARE(diff.count(Kind::Substitution), 2);
    QCOMPARE(diff.count(Kind::Insertion), 1);
    QCOMPARE(diff.count(Kind::Deletion), 0);
    QCOMPARE(kinds(diff), QStringLiteral("S===S=I"));
    QCOMPARE(diff.operations().first().before, QStringLiteral("k"));
    QCOMPARE(diff.operations().first().after, QStringLiteral("s"));
    QCOMPARE(diff.characterErrorRate(), 0.5);
}

void TestReadingDiff::insertionAndDeletionAreTold()
{
    const ReadingDiff inserted(QStringLiteral("EXT"), QStringLiteral("EXIT"));
    QCOMPARE(kinds(inserted), QStringLiteral("==I="));
    QCOMPARE(inserted.operations().at(2).after, QStringLiteral("I"));
    QVERIFY(inserted.operations().at(2).before.isEmpty());

    const ReadingDiff deleted(QStringLiteral("Theatrre"), QStringLiteral("Theatre"));
    QCOMPARE(deleted.distance(), 1);
    QCOMPARE(deleted.count(Kind::Deletion), 1);
    QCOMPARE(spelled(deleted, true), QStringLiteral("Theatrre"));
    QCOMPARE(spelled(deleted, false), QStringLiteral("Theatre"));
}

void TestReadingDiff::emptySides()
{
    const ReadingDiff none;
    QCOMPARE(none.distance(), 0);
    QVERIFY(none.operations().isEmpty());
    const ReadingDiff fromNothing(QString(), QStringLiteral("ab"));
    QCOMPARE(kinds(fromNothing), QStringLiteral("II"));
    QCOMPARE(fromNothing.characterErrorRate(), 2.0);
    const ReadingDiff toNothing(QStringLiteral("ab"), QString());
    QCOMPARE(kinds(toNothing), QStringLiteral("DD"));
    QCOMPARE(toNothing.characterErrorRate(), 1.0);
}

void TestReadingDiff::charactersOutsideTheBmpCountOnce()
{
    const QString emoji = QString::fromUtf8("a\xF0\x9F\x98\x80" "b"); // a😀b
    const ReadingDiff diff(emoji, QStringLiteral("ab"));
    QCOMPARE(diff.distance(), 1);
    QCOMPARE(kinds(diff), QStringLiteral("=D="));
    QCOMPARE(diff.operations().at(1).before, QString::fromUtf8("\xF0\x9F\x98\x80"));
    const ReadingDiff chinese(QString::fromUtf8("\xE5\x87\xBA\xE5\x8F\xA3"), QString::fromUtf8("\xE5\x87\xBA\xE5\x85\xA5"));
    QCOMPARE(kinds(chinese), QStringLiteral("=S"));
}

void TestReadingDiff::agreesWithAReferenceDistanceOnRandomStrings()
{
    SeededRandom random(20240611);
    const QString alphabet = QStringLiteral("abcE0 ");
    for (int trial = 0; trial < 300; ++trial) {
        QString a;
        QString b;
        const int lengthA = random.integer(0, 12);
        const int lengthB = random.integer(0, 12);
        for (int i = 0; i < lengthA; ++i)
            a += alphabet.at(random.integer(0, int(alphabet.size()) - 1));
        for (int i = 0; i < lengthB; ++i)
            b += alphabet.at(random.integer(0, int(alphabet.size()) - 1));
        const ReadingDiff diff(a, b);
        QCOMPARE(diff.distance(), levenshtein(a.toUcs4(), b.toUcs4()));
        QCOMPARE(spelled(diff, true), a);
        QCOMPARE(spelled(diff, false), b);
        for (const ReadingDiff::Operation &operation : diff.operations()) {
            if (operation.kind == Kind::Same)
                QCOMPARE(operation.before, operation.after);
            if (operation.kind == Kind::Substitution)
                QVERIFY(operation.before != operation.after);
        }
    }
}

void TestReadingDiff::veryLongReadingsStayCheap()
{
    const QString a = QStringLiteral("x") + QString(3000, QLatin1Char('a')) + QStringLiteral("y");
    const QString b = QStringLiteral("x") + QString(3000, QLatin1Char('b')) + QStringLiteral("y");
    const ReadingDiff diff(a, b); // 3000×3000 would be 9 M cells: reported coarsely instead
    QCOMPARE(spelled(diff, true), a);
    QCOMPARE(spelled(diff, false), b);
    QCOMPARE(diff.operations().first().kind, Kind::Same);
    QCOMPARE(diff.operations().last().kind, Kind::Same);
    QCOMPARE(diff.count(Kind::Deletion), 3000);
    QCOMPARE(diff.count(Kind::Insertion), 3000);
    // A long reading with one change in the middle is still exact (equal ends are cut first).
    QString c = QString(5000, QLatin1Char('z'));
    QString d = c;
    d[2500] = QLatin1Char('q');
    QCOMPARE(ReadingDiff(c, d).count(Kind::Substitution), 1);
    QCOMPARE(ReadingDiff(c, d).distance(), 1);
}

QTEST_MAIN(TestReadingDiff)
#include "tst_readingdiff.moc"
