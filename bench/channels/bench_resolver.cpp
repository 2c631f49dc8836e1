// How long Resolver::resolve takes per question as the routing model grows (channels with a
// binding in two environments, pattern rules, grants), against a baseline measured in the
// same run: parsing the channel URI alone, the part no resolver can skip. Prints medians of
// five runs and the ratio to the baseline.

#include "routing/ChannelUri.h"
#include "routing/Resolver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Switchboard;

namespace {

RoutingModel buildModel(int channels, int rules)
{
    RoutingModel m;
    m.clusters.insert(1, RoutedCluster{1, QStringLiteral("prod-eu"), QStringLiteral("prod"), QStringLiteral("eu1:9092")});
    m.clusters.insert(2, RoutedCluster{2, QStringLiteral("dev"), QStringLiteral("dev"), QStringLiteral("dev1:9092")});
    const int apps = std::max(1, channels / 10);
    for (int a = 0; a < apps; ++a)
        m.applications.append(Application{a + 1, QStringLiteral("app-%1").arg(a), {}, {}, {{1, QStringLiteral("User:app-%1").arg(a)}}});
    qint64 id = 1;
    for (int c = 0; c < channels; ++c) {
        const QString uri = QStringLiteral("kafka://team%1.example.com/stream-%2").arg(c % 50).arg(c);
        m.channels.append(Channel{c + 1, uri, {}, {}});
        m.bindings.append(Binding{id++, uri, QStringLiteral("prod"), 1, QStringLiteral("prod.stream-%1").arg(c)});
        m.bindings.append(Binding{id++, uri, QStringLiteral("dev"), 2, QStringLiteral("dev.stream-%1").arg(c)});
        m.grants.append(Grant{id++, (c % apps) + 1, uri, Intent::Produce, {}, false});
    }
    for (int r = 0; r < rules; ++r)
        m.rules.append(PatternRule{id++, QStringLiteral("prod"), QStringLiteral("rules%1.example.org").arg(r),
                                   QStringLiteral("t%1/*").arg(r), QStringLiteral("c%1{1}").arg(r), 1, {}});
    return m;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    out << "channels  rules  baseline parse (us)  scan: binding (us)  ratio  scan: miss (us)  ratio  indexed: binding (us)  ratio  indexed: miss (us)  ratio\n";
    for (const auto &[channels, rules] : std::vector<std::pair<int, int>>{{100, 10}, {1000, 100}, {10000, 1000}}) {
        const RoutingModel model = buildModel(channels, rules);
        QElapsedTimer build;
        build.start();
        const Resolver indexed(model);
        const double buildMs = double(build.nsecsElapsed()) / 1e6;
        const int questions = 2000;
        std::vector<QString> uris;
        std::vector<QString> appsFor;
        for (int i = 0; i < questions; ++i) {
            const int c = (i * 7919) % channels;
            uris.push_back(QStringLiteral("kafka://team%1.example.com/stream-%2").arg(c % 50).arg(c));
            appsFor.push_back(QStringLiteral("app-%1").arg(c % std::max(1, channels / 10)));
        }
        std::vector<double> parse, resolveBinding, resolveMiss, indexedBinding, indexedMiss;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            int ok = 0;
            for (int i = 0; i < questions; ++i)
                ok += ChannelUri::parse(uris[i]).ok() ? 1 : 0;
            parse.push_back(double(t.nsecsElapsed()) / 1000.0 / questions);
            t.restart();
            for (int i = 0; i < questions; ++i)
                ok += Resolver::resolve(model, ResolveQuery{appsFor[i], uris[i], QStringLiteral("prod"), Intent::Produce, {}}).ok() ? 1 : 0;
            resolveBinding.push_back(double(t.nsecsElapsed()) / 1000.0 / questions);
            t.restart();
            for (int i = 0; i < questions; ++i)
                ok += Resolver::resolve(model, ResolveQuery{appsFor[i], QStringLiteral("kafka://nowhere.example.net/x/y"),
                                                            QStringLiteral("prod"), Intent::Produce, {}}).ok() ? 1 : 0;
            resolveMiss.push_back(double(t.nsecsElapsed()) / 1000.0 / questions);
            t.restart();
            for (int i = 0; i < questions; ++i)
                ok += indexed.resolve(ResolveQuery{appsFor[i], uris[i], QStringLiteral("prod"), Intent::Produce, {}}).ok() ? 1 : 0;
            indexedBinding.push_back(double(t.nsecsElapsed()) / 1000.0 / questions);
            t.restart();
            for (int i = 0; i < questions; ++i)
                ok += indexed.resolve(ResolveQuery{appsFor[i], QStringLiteral("kafka://nowhere.example.net/x/y"),
                                                   QStringLiteral("prod"), Intent::Produce, {}}).ok() ? 1 : 0;
            indexedMiss.push_back(double(t.nsecsElapsed()) / 1000.0 / questions);
            if (ok != 3 * questions) {
                std::fprintf(stderr, "unexpected answers: %d\n", ok);
                return 1;
            }
        }
        const double p = median(parse), b = median(resolveBinding), m = median(resolveMiss);
        const double ib = median(indexedBinding), im = median(indexedMiss);
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9  %10  %11   (index built in %12 ms)\n")
                   .arg(channels, 8).arg(rules, 5).arg(p, 19, 'f', 2).arg(b, 18, 'f', 1).arg(b / p, 5, 'f', 0)
                   .arg(m, 15, 'f', 1).arg(m / p, 5, 'f', 0).arg(ib, 21, 'f', 2).arg(ib / p, 5, 'f', 1)
                   .arg(im, 18, 'f', 2).arg(im / p, 5, 'f', 1).arg(buildMs, 0, 'f', 1);
        out.flush();
    }
    return 0;
}
