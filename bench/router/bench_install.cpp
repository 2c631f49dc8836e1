// bench_install: where a bundle install spends its time, phase by phase, in one process with no
// network and no load (bench_router measures the same install inside the service, under load).
//
//   bench_install DIR [RUNS]    DIR as written by `bench_router --prepare DIR`
//
// Prints the median of RUNS (default 7) for: envelope parse, signature check, payload parse
// (JSON and field checks in one pass), and RouterState::build (open secrets, index), and the whole
// BundleVerifier::verify + build as the service runs it, in wall time and in CPU time (the whole
// process: a helper thread's work counts too, which is what matters on a loaded machine).

#include "RouterState.h"
#include "RouterConfig.h"

#include "bundle/BundleVerifier.h"
#include "bundle/SignedBundle.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>

#include <time.h>

using namespace Switchboard;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_install DIR [RUNS]   (DIR from bench_router --prepare DIR)" << Qt::endl;
        return 2;
    }
    BundleCrypto::initialize();
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 7;
    QFile bundleFile(dir.filePath(QStringLiteral("state/bundle.json")));
    QFile trustFile(dir.filePath(QStringLiteral("trust")));
    if (!bundleFile.open(QIODevice::ReadOnly) || !trustFile.open(QIODevice::ReadOnly)) {
        out << "cannot read " << dir.path() << Qt::endl;
        return 1;
    }
    const QByteArray envelope = bundleFile.readAll();
    const QByteArray trusted = QByteArray::fromBase64(trustFile.readAll().trimmed());
    auto key = Router::KeyFile::read(dir.filePath(QStringLiteral("router.key")));
    if (!key) {
        out << key.error() << Qt::endl;
        return 1;
    }
    const BundleVerifier verifier({trusted}, key->publicKey);

    QList<double> envelopeMs, signatureMs, payloadSignatureMs, payloadMs, buildMs, totalMs, totalCpuMs;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto signedBundle = SignedBundle::parse(envelope);
        envelopeMs << t.nsecsElapsed() / 1e6;
        t.restart();
        const bool ok = BundleCrypto::verify(signedBundle->signedMessage(), signedBundle->signature, signedBundle->signer);
        signatureMs << t.nsecsElapsed() / 1e6;
        // The baseline: the check as it was when the signature covered the payload itself
        // (envelopes without "digest"). Same work whether it holds or not: SHA-512 over the
        // message, then the curve arithmetic.
        t.restart();
        [[maybe_unused]] const bool legacy = BundleCrypto::verify(signedBundle->payload, signedBundle->signature, signedBundle->signer);
        payloadSignatureMs << t.nsecsElapsed() / 1e6;
        t.restart();
        auto payload = BundlePayload::fromJson(signedBundle->payload);
        payloadMs << t.nsecsElapsed() / 1e6;
        if (!ok || !payload) {
            out << "the prepared bundle does not verify" << Qt::endl;
            return 1;
        }
        t.restart();
        auto state = Router::RouterState::build(std::move(*payload), *key, envelope);
        buildMs << t.nsecsElapsed() / 1e6;
        if (!state) {
            out << state.error() << Qt::endl;
            return 1;
        }
        state = Error{};   // the previous state's memory goes before the timed run, not during it
        t.restart();
        const double cpuStart = processCpuMs();
        auto verified = verifier.verify(envelope, 0);
        auto whole = Router::RouterState::build(std::move(verified.payload), *key, envelope);
        totalMs << t.nsecsElapsed() / 1e6;
        totalCpuMs << processCpuMs() - cpuStart;
    }
    out << QStringLiteral("install of %1 KiB, median of %2: envelope %3 ms, signature %4 ms (over the payload itself, as "
                          "before \"digest\": %9 ms), payload %5 ms, build %6 ms; "
                          "verify + build as the service does it: %7 ms (CPU %8 ms)")
               .arg(envelope.size() / 1024).arg(runs)
               .arg(median(envelopeMs), 0, 'f', 1).arg(median(signatureMs), 0, 'f', 1).arg(median(payloadMs), 0, 'f', 1)
               .arg(median(buildMs), 0, 'f', 1).arg(median(totalMs), 0, 'f', 1)
               .arg(median(totalCpuMs), 0, 'f', 1)
               .arg(median(payloadSignatureMs), 0, 'f', 1)
        << Qt::endl;
    return 0;
}
