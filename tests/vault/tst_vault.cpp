// The vault: secrets sealed at rest, the passphrase and the keychain path, rotation and
// revocation, routing tokens as keyed hashes, the portal's signing key. Nothing secret may
// reach the catalog file in clear, an error message or this test's output.

#include "TempCatalog.h"
#include "audit/AuditLog.h"
#include "clusters/ClusterStore.h"
#include "store/Database.h"
#include "vault/ClusterSecretStore.h"
#include "vault/CredentialStore.h"
#include "vault/PassphraseSource.h"
#include "vault/TokenStore.h"
#include "vault/Vault.h"
#include "vault/VaultUnlocker.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>
#include <unistd.h>

using namespace Switchboard;

namespace {

const SecretBytes passphrase() { return SecretBytes::fromString(QStringLiteral("correct horse battery staple")); }

// Every byte of the catalog on disk: the main file and the write-ahead log.
QByteArray catalogBytes(const QString &path)
{
    QByteArray all;
    for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-journal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

// The secret in any form a careless encoder might leave: raw, UTF-16, base64, hex.
bool containsSecret(const QByteArray &haystack, const QByteArray &secret)
{
    const QString s = QString::fromUtf8(secret);
    const QByteArray utf16(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
    return haystack.contains(secret) || haystack.contains(utf16) || haystack.contains(secret.toBase64())
        || haystack.contains(secret.toHex());
}

qint64 addCluster(Database &db, const QString &name)
{
    Cluster c;
    c.name = name;
    c.bootstrapServers = QStringLiteral("broker.example:9092");
    auto added = ClusterStore(db).add(c);
    return added ? added->id : 0;
}

} // namespace

class TestVault : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Tests take the passphrase path: no keychain prompt, no D-Bus.
        qputenv("SWITCHBOARD_VAULT_KEYCHAIN", "0");
        qunsetenv("SWITCHBOARD_VAULT_PASSPHRASE");
        qunsetenv("SWITCHBOARD_VAULT_PASSPHRASE_FD");
        QVERIFY(Vault::initializeSodium());
    }

    void initUnlockLock()
    {
        Test::TempCatalog catalog;
        Vault vault(catalog.db());
        QCOMPARE(*vault.isInitialized(), false);
        QVERIFY(!vault.unlock(passphrase()));
        auto tooShort = vault.initialize(SecretBytes::fromString(QStringLiteral("short")));
        QVERIFY(!tooShort);
        QVERIFY(tooShort.error().contains(QLatin1String("too short")));
        QVERIFY2(!tooShort.error().contains(QLatin1String("short\"")), "the passphrase reached the message");

        QVERIFY(vault.initialize(passphrase()));
        QVERIFY(vault.isUnlocked());
        QVERIFY(!vault.initialize(passphrase()));   // only once
        QVERIFY(vault.putSecret(QStringLiteral("cluster"), QStringLiteral("a"), SecretBytes("s3cr3t-value")));
        vault.lock();
        QVERIFY(!vault.isUnlocked());
        auto locked = vault.secret(QStringLiteral("cluster"), QStringLiteral("a"));
        QVERIFY(!locked);
        QVERIFY(locked.error().contains(QLatin1String("locked")));

        QVERIFY(vault.unlock(passphrase()));
        auto value = vault.secret(QStringLiteral("cluster"), QStringLiteral("a"));
        QVERIFY(value && value->has_value());
        QVERIFY((*value)->bytes() == "s3cr3t-value");
    }

    void wrongPassphraseRefusedWithoutDamage()
    {
        Test::TempCatalog catalog;
        {
            Vault vault(catalog.db());
            QVERIFY(vault.initialize(passphrase()));
            QVERIFY(vault.putSecret(QStringLiteral("cluster"), QStringLiteral("a"), SecretBytes("s3cr3t-value")));
        }
        QVERIFY(catalog.reopen());
        const QByteArray before = catalogBytes(catalog.path());
        Vault vault(catalog.db());
        auto wrong = vault.unlock(SecretBytes::fromString(QStringLiteral("correct horse battery stable")));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().contains(QLatin1String("Wrong passphrase")), qPrintable(wrong.error()));
        QVERIFY(!wrong.error().contains(QLatin1String("stable")));
        QVERIFY(!vault.isUnlocked());
        auto change = vault.changePassphrase(SecretBytes::fromString(QStringLiteral("not the passphrase")),
                                             SecretBytes::fromString(QStringLiteral("a new passphrase")));
        QVERIFY(!change);
        QVERIFY(!vault.isUnlocked());
        QCOMPARE(catalogBytes(catalog.path()), before);   // nothing written

        QVERIFY(vault.unlock(passphrase()));
        auto value = vault.secret(QStringLiteral("cluster"), QStringLiteral("a"));
        QVERIFY(value && value->has_value() && (*value)->bytes() == "s3cr3t-value");
    }

    void changePassphrase()
    {
        Test::TempCatalog catalog;
        Vault vault(catalog.db());
        QVERIFY(vault.initialize(passphrase()));
        QVERIFY(vault.putSecret(QStringLiteral("cluster"), QStringLiteral("a"), SecretBytes("s3cr3t-value")));
        const SecretBytes next = SecretBytes::fromString(QStringLiteral("an entirely new passphrase"));
        QVERIFY(vault.changePassphrase(passphrase(), next));
        vault.lock();
        QVERIFY(!vault.unlock(passphrase()));
        QVERIFY(vault.unlock(next));
        auto value = vault.secret(QStringLiteral("cluster"), QStringLiteral("a"));
        QVERIFY(value && value->has_value() && (*value)->bytes() == "s3cr3t-value");
        auto log = AuditLog(catalog.db()).entries(QStringLiteral("vault"));
        QVERIFY(log);
        QCOMPARE(log->first().action, QStringLiteral("vault.change-passphrase"));
    }

    void keychainKeyMustMatch()
    {
        Test::TempCatalog catalog;
        Vault vault(catalog.db());
        QVERIFY(vault.initialize(passphrase()));
        auto key = vault.dataKeyForKeychain();
        QVERIFY(key);
        const SecretBytes copy = key->clone();
        vault.lock();
        QVERIFY(!vault.unlockWithDataKey(SecretBytes(Vault::randomBytes(32))));
        QVERIFY(!vault.isUnlocked());
        QVERIFY(vault.unlockWithDataKey(copy));
        QVERIFY(vault.isUnlocked());
    }

    void headlessPassphrase()
    {
        Test::TempCatalog catalog;
        {
            Vault vault(catalog.db());
            QVERIFY(vault.initialize(passphrase()));
        }
        Vault vault(catalog.db());
        auto none = VaultUnlocker::unlockHeadless(vault);
        QVERIFY(!none);
        QVERIFY2(none.error().contains(QLatin1String("SWITCHBOARD_VAULT_PASSPHRASE")), qPrintable(none.error()));

        // From a file descriptor: a pipe holding the passphrase and a line end.
        int fds[2];
        QCOMPARE(pipe(fds), 0);
        const QByteArray line = passphrase().bytes() + "\nrest";
        QCOMPARE(write(fds[1], line.constData(), size_t(line.size())), ssize_t(line.size()));
        close(fds[1]);
        QVERIFY(VaultUnlocker::unlockHeadless(vault, fds[0]));
        close(fds[0]);
        vault.lock();

        qputenv("SWITCHBOARD_VAULT_PASSPHRASE", passphrase().bytes());
        QVERIFY(VaultUnlocker::unlockHeadless(vault));
        vault.lock();
        qputenv("SWITCHBOARD_VAULT_PASSPHRASE", "wrong wrong wrong");
        QVERIFY(!VaultUnlocker::unlockHeadless(vault));
        qunsetenv("SWITCHBOARD_VAULT_PASSPHRASE");
    }

    void credentialsRotationAndRevocation()
    {
        Test::TempCatalog catalog;
        const qint64 cluster = addCluster(catalog.db(), QStringLiteral("prod"));
        QVERIFY(cluster > 0);
        Vault vault(catalog.db());
        QVERIFY(vault.initialize(passphrase()));
        CredentialStore store(catalog.db(), vault);

        auto bad = store.set(QStringLiteral("billing"), cluster, QStringLiteral("GSSAPI"), QStringLiteral("u"),
                             SecretBytes("pw-one-1234"));
        QVERIFY(!bad);
        QVERIFY(bad.error().contains(QLatin1String("GSSAPI")));
        QVERIFY(!bad.error().contains(QLatin1String("pw-one")));

        auto v1 = store.set(QStringLiteral("billing"), cluster, QStringLiteral("SCRAM-SHA-512"),
                            QStringLiteral("billing-svc"), SecretBytes("pw-one-1234"));
        QVERIFY2(v1, qPrintable(v1.error()));
        QCOMPARE(v1->version, 1);

        // Rotation with a grace period: both valid, the new one current.
        auto v2 = store.rotate(QStringLiteral("billing"), cluster, 3600, SecretBytes("pw-two-5678"));
        QVERIFY2(v2, qPrintable(v2.error()));
        QCOMPARE(v2->version, 2);
        QCOMPARE(v2->username, QStringLiteral("billing-svc"));
        auto valid = store.validAt(QStringLiteral("billing"), cluster);
        QVERIFY(valid);
        QCOMPARE(valid->size(), 2);
        auto current = store.current(QStringLiteral("billing"), cluster);
        QVERIFY(current && current->has_value());
        QCOMPARE((*current)->version, 2);
        QVERIFY(store.secret(**current)->bytes() == "pw-two-5678");
        // After the grace period only the new version is valid.
        auto later = store.validAt(QStringLiteral("billing"), cluster, QDateTime::currentDateTimeUtc().addSecs(3601));
        QVERIFY(later);
        QCOMPARE(later->size(), 1);
        QCOMPARE(later->first().version, 2);

        // Rotation without grace and without a given secret: a generated one, the old one revoked now.
        auto v3 = store.rotate(QStringLiteral("billing"), cluster, 0);
        QVERIFY(v3);
        auto generated = store.secret(*v3);
        QVERIFY(generated);
        QVERIFY(generated->size() >= 43);
        valid = store.validAt(QStringLiteral("billing"), cluster);
        QCOMPARE(valid->size(), 1);
        QCOMPARE(valid->first().version, 3);

        // Immediate revocation.
        QVERIFY(store.revoke(QStringLiteral("billing"), cluster, 3));
        current = store.current(QStringLiteral("billing"), cluster);
        QVERIFY(current && !current->has_value());
        QVERIFY(!store.revoke(QStringLiteral("billing"), cluster, 3));

        auto log = AuditLog(catalog.db()).entries(QStringLiteral("credential:billing@%1").arg(cluster));
        QVERIFY(log);
        QStringList actions;
        for (const AuditEntry &e : *log)
            actions.prepend(e.action);
        QCOMPARE(actions, (QStringList{QStringLiteral("credential.set"), QStringLiteral("credential.rotate"),
                                       QStringLiteral("credential.rotate"), QStringLiteral("credential.revoke")}));
        for (const AuditEntry &e : *log) {
            const QByteArray detail = QJsonDocument(e.detail).toJson();
            QVERIFY(!containsSecret(detail, "pw-one-1234"));
            QVERIFY(!containsSecret(detail, "pw-two-5678"));
            QVERIFY(!containsSecret(detail, generated->bytes()));
        }
    }

    void sealedRecordsAreBoundToTheirRow()
    {
        Test::TempCatalog catalog;
        const qint64 cluster = addCluster(catalog.db(), QStringLiteral("prod"));
        Vault vault(catalog.db());
        QVERIFY(vault.initialize(passphrase()));
        CredentialStore store(catalog.db(), vault);
        auto a = store.set(QStringLiteral("app-a"), cluster, QStringLiteral("PLAIN"), QStringLiteral("a"), SecretBytes("secret-of-a"));
        auto b = store.set(QStringLiteral("app-b"), cluster, QStringLiteral("PLAIN"), QStringLiteral("b"), SecretBytes("secret-of-b"));
        QVERIFY(a && b);
        // Someone with write access to the file copies a's ciphertext into b's row.
        QVERIFY(catalog.db().exec(QStringLiteral(
            "UPDATE app_credentials SET sealed = (SELECT sealed FROM app_credentials WHERE application = 'app-a') "
            "WHERE application = 'app-b'")));
        auto stolen = store.secret(*b);
        QVERIFY(!stolen);
        QVERIFY(stolen.error().contains(QLatin1String("does not decrypt")));
    }

    void tokensAreKeyedHashes()
    {
        Test::TempCatalog catalog;
        Vault vault(catalog.db());
        QVERIFY(vault.initialize(passphrase()));
        TokenStore tokens(catalog.db(), vault);
        auto issued = tokens.issue(QStringLiteral("billing"), QStringLiteral("ci"));
        QVERIFY2(issued, qPrintable(issued.error()));
        const QByteArray token = issued->value.bytes();
        QVERIFY(token.startsWith("sbt_"));
        // 32 random bytes, base64url without padding.
        const QByteArray raw = QByteArray::fromBase64(token.mid(4), QByteArray::Base64UrlEncoding);
        QCOMPARE(raw.size(), 32);

        // The documented construction: BLAKE2b-256 keyed with the token-hash key, lowercase hex.
        auto key = tokens.hashKey();
        QVERIFY(key);
        QCOMPARE(key->size(), 32);
        unsigned char out[32];
        crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(token.constData()), size_t(token.size()),
                           reinterpret_cast<const unsigned char *>(key->bytes().constData()), size_t(key->size()));
        const QString expected = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), 32).toHex());
        auto listed = tokens.list(QStringLiteral("billing"));
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().tokenHash, expected);
        QVERIFY(!listed->first().hint.contains(QString::fromLatin1(token.mid(10))));

        auto verified = tokens.verify(issued->value);
        QVERIFY(verified && verified->has_value());
        QCOMPARE((*verified)->application, QStringLiteral("billing"));
        QByteArray tampered = token;
        tampered[tampered.size() - 1] = tampered.back() == 'A' ? 'B' : 'A';
        QVERIFY(!tokens.verify(SecretBytes(tampered))->has_value());

        QVERIFY(tokens.revoke(issued->token.id));
        QVERIFY(!tokens.verify(issued->value)->has_value());
        QVERIFY(!containsSecret(catalogBytes(catalog.path()), token));
    }

    void signingKey()
    {
        Test::TempCatalog catalog;
        Vault vault(catalog.db());
        QVERIFY(vault.initialize(passphrase()));
        QVERIFY(!vault.signingPublicKey()->has_value());
        auto pair = vault.signingKeyPair();
        QVERIFY2(pair, qPrintable(pair.error()));
        QCOMPARE(pair->publicKey.size(), 32);
        QCOMPARE(pair->secretKey.size(), 64);
        auto again = vault.signingKeyPair();
        QVERIFY(again);
        QCOMPARE(again->publicKey, pair->publicKey);
        QCOMPARE(**vault.signingPublicKey(), pair->publicKey);

        const QByteArray message("bundle v1");
        unsigned char sig[crypto_sign_BYTES];
        crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
                             reinterpret_cast<const unsigned char *>(again->secretKey.bytes().constData()));
        QCOMPARE(crypto_sign_verify_detached(sig, reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
                                             reinterpret_cast<const unsigned char *>(pair->publicKey.constData())), 0);
        vault.lock();
        QVERIFY(!vault.signingKeyPair());
        QVERIFY(vault.signingPublicKey()->has_value());   // the public half needs no unlock
    }

    void noSecretInTheCatalogFile()
    {
        Test::TempCatalog catalog;
        const qint64 cluster = addCluster(catalog.db(), QStringLiteral("prod"));
        QList<QByteArray> secrets{"cluster-admin-pw-XYZ", "app-secret-v1-QWE", "app-secret-v2-RTY"};
        {
            Vault vault(catalog.db());
            QVERIFY(vault.initialize(passphrase()));
            QVERIFY(ClusterSecretStore(vault).set(QStringLiteral("prod"), {{QStringLiteral("sasl.password"), QString::fromLatin1(secrets[0])}}));
            CredentialStore creds(catalog.db(), vault);
            QVERIFY(creds.set(QStringLiteral("billing"), cluster, QStringLiteral("PLAIN"), QStringLiteral("billing"), SecretBytes(secrets[1])));
            QVERIFY(creds.rotate(QStringLiteral("billing"), cluster, 60, SecretBytes(secrets[2])));
            auto v3 = creds.rotate(QStringLiteral("billing"), cluster, 60);
            QVERIFY(v3);
            secrets.append(creds.secret(*v3)->bytes());
            auto token = TokenStore(catalog.db(), vault).issue(QStringLiteral("billing"));
            QVERIFY2(token, qPrintable(token.error()));
            secrets.append(token->value.bytes());
            auto signing = vault.signingKeyPair();
            QVERIFY(signing);
            secrets.append(signing->secretKey.bytes().left(32));   // the Ed25519 seed
            secrets.append(TokenStore(catalog.db(), vault).hashKey()->bytes());
            secrets.append(vault.dataKeyForKeychain()->bytes());
            secrets.append(passphrase().bytes());
            // Read back while unlocked, so the file is also checked after decryption paths ran.
            QVERIFY(ClusterSecretStore(vault).names(QStringLiteral("prod"))->contains(QStringLiteral("sasl.password")));
        }
        QVERIFY(catalog.reopen());
        const QByteArray bytes = catalogBytes(catalog.path());
        QVERIFY(bytes.size() > 0);
        for (int i = 0; i < secrets.size(); ++i)
            QVERIFY2(!containsSecret(bytes, secrets.at(i)), qPrintable(QStringLiteral("secret #%1 is in the catalog file").arg(i)));
    }

    void copiedCatalogCannotBeRead()
    {
        QTemporaryDir elsewhere;
        QString copyPath = elsewhere.filePath(QStringLiteral("copied.sqlite"));
        {
            Test::TempCatalog catalog;
            const qint64 cluster = addCluster(catalog.db(), QStringLiteral("prod"));
            Vault vault(catalog.db());
            QVERIFY(vault.initialize(passphrase()));
            QVERIFY(CredentialStore(catalog.db(), vault).set(QStringLiteral("billing"), cluster, QStringLiteral("PLAIN"),
                                                             QStringLiteral("billing"), SecretBytes("copied-secret-ABC")));
            QVERIFY(catalog.db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(QFile::copy(catalog.path(), copyPath));
        }
        auto db = Database::open(copyPath);
        QVERIFY2(db, qPrintable(db.error()));
        Vault vault(**db);
        QCOMPARE(*vault.isInitialized(), true);
        QVERIFY(!vault.isUnlocked());
        QVERIFY(!VaultUnlocker::unlockHeadless(vault));   // no passphrase given, no keychain
        QVERIFY(!vault.unlock(SecretBytes::fromString(QStringLiteral("guess guess guess"))));
        CredentialStore store(**db, vault);
        auto creds = store.list(QStringLiteral("billing"));
        QVERIFY(creds);
        QCOMPARE(creds->size(), 1);   // metadata is readable ...
        auto secret = store.secret(creds->first());
        QVERIFY(!secret);             // ... the secret is not
        QVERIFY(secret.error().contains(QLatin1String("locked")));
        QVERIFY(!containsSecret(catalogBytes(copyPath), "copied-secret-ABC"));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
