// The libcrypto SHA-256 every document is checked with: the standard's test vectors, any split of the input
// into pieces, agreement with Qt's own implementation, files, and the same on a thread of its own.
#include "integrity/BackgroundSha256.h"
#include "integrity/Sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void matchesStandardVectors_data();
    void matchesStandardVectors();
    void anySplitGivesTheSameDigest();
    void agreesWithQtOnRandomData();
    void resultStartsAnew();
    void readsDevicesAndFiles();
    void unreadableFileHasNoDigest();
    void backgroundHashMatches();
    void backgroundHashOutrunByTheCallerWaits();
    void backgroundHashCanBeDroppedMidStream();
};

namespace {
QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (char &byte : data)
        byte = char(random.bounded(256));
    return data;
}
} // namespace

void TestSha256::matchesStandardVectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digest");
    // FIPS 180-2, appendix B.
    QTest::newRow("empty") << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_ba;
    QTest::newRow("abc") << "abc"_ba << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_ba;
    QTest::newRow("two blocks") << "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"_ba
                                << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"_ba;
    QTest::newRow("a million a") << QByteArray(1000000, 'a')
                                 << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"_ba;
}

void TestSha256::matchesStandardVectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digest);
    QCOMPARE(Sha256::hexOf(input), digest);
}

void TestSha256::anySplitGivesTheSameDigest()
{
    const QByteArray data = randomBytes(300 * 1024 + 17, 20261126);
    const QByteArray whole = Sha256::hexOf(data);
    for (const qsizetype piece : {qsizetype(1), qsizetype(63), qsizetype(64), qsizetype(65), qsizetype(4096),
                                  qsizetype(256 * 1024)}) {
        Sha256 hash;
        for (qsizetype at = 0; at < data.size(); at += piece)
            hash.addData(QByteArrayView(data).sliced(at, std::min(piece, data.size() - at)));
        QCOMPARE(hash.hexResult(), whole);
    }
}

void TestSha256::agreesWithQtOnRandomData()
{
    QRandomGenerator random(7);
    for (int round = 0; round < 50; ++round) {
        const QByteArray data = randomBytes(random.bounded(10000), random.generate());
        QCOMPARE(Sha256::hexOf(data), QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }
}

void TestSha256::resultStartsAnew()
{
    Sha256 hash;
    hash.addData("abc");
    const QByteArray first = hash.hexResult();
    hash.addData("abc");
    QCOMPARE(hash.hexResult(), first);
    hash.addData("something else");
    hash.reset();
    QCOMPARE(hash.hexResult(), Sha256::hexOf({}));
}

void TestSha256::readsDevicesAndFiles()
{
    const QByteArray data = QByteArray("%PDF-1.4 ").repeated(300000); // several read chunks
    QBuffer buffer;
    buffer.setData(data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    Sha256 hash;
    QVERIFY(hash.addData(&buffer));
    QCOMPARE(hash.hexResult(), Sha256::hexOf(data));

    QTemporaryDir dir;
    QFile file(dir.filePath(u"document.pdf"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
    file.close();
    QCOMPARE(Sha256::hexOfFile(file.fileName()), Sha256::hexOf(data));
}

void TestSha256::unreadableFileHasNoDigest()
{
    QTemporaryDir dir;
    QVERIFY(Sha256::hexOfFile(dir.filePath(u"missing.pdf"_s)).isEmpty());
    QVERIFY(Sha256::hexOfFile(dir.path()).isEmpty()); // a folder cannot be read as a file
}

void TestSha256::backgroundHashMatches()
{
    const QByteArray data = randomBytes(1000003, 11);
    BackgroundSha256 hash;
    QCOMPARE(hash.hexResult(), Sha256::hexOf({}));
    for (qsizetype at = 0; at < data.size(); at += 4099)
        hash.addData(data.mid(at, 4099));
    QCOMPARE(hash.hexResult(), Sha256::hexOf(data));

    // A download that starts over: what was handed over before the reset does not count.
    hash.addData("stale bytes of an earlier attempt"_ba);
    hash.reset();
    hash.addData(data);
    QCOMPARE(hash.hexResult(), Sha256::hexOf(data));
}

void TestSha256::backgroundHashOutrunByTheCallerWaits()
{
    // Four times the backlog handed over as fast as the caller can: addData() must wait for the hash thread,
    // never lose or reorder a chunk.
    const QByteArray chunk = randomBytes(256 * 1024, 3);
    const int chunks = int(4 * BackgroundSha256::MaxBacklog / chunk.size());
    BackgroundSha256 background;
    Sha256 direct;
    for (int i = 0; i < chunks; ++i) {
        QByteArray numbered = chunk;
        numbered[0] = char(i);
        background.addData(numbered);
        direct.addData(numbered);
    }
    QCOMPARE(background.hexResult(), direct.hexResult());
    QVERIFY2(background.highestBacklog() <= BackgroundSha256::MaxBacklog + chunk.size(),
             qPrintable(QString::number(background.highestBacklog())));

    // Idle after the digest, it hashes again when handed more.
    background.addData(chunk);
    QCOMPARE(background.hexResult(), Sha256::hexOf(chunk));
}

void TestSha256::backgroundHashCanBeDroppedMidStream()
{
    // A cancelled download destroys its hash with chunks still waiting: no digest is wanted, nothing may hang.
    const QByteArray chunk = randomBytes(1 << 20, 5);
    auto hash = std::make_unique<BackgroundSha256>();
    for (int i = 0; i < 8; ++i)
        hash->addData(chunk);
    hash.reset();
    QVERIFY(!hash);
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
