// switchboard-router: the headless routing service that client SDKs ask for their bootstrap
// servers, topic, credentials and settings. Links the catalog library, never Qt Widgets.
//   switchboard-router keygen --out FILE
//   switchboard-router serve --key FILE --trust KEY --state-dir DIR [--listen HOST:PORT] ...

#include "RouterConfig.h"
#include "RouterService.h"

#include "bundle/BundleCrypto.h"
#include "common/ManPage.h"
#include "common/OpenSslAtExit.h"
#include "core/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>

#include <malloc.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Switchboard;

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &byte, 1);
}

int keygen(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty()) {
        err << QObject::tr("switchboard-router keygen needs --out FILE (where the key pair is written, mode 0600)") << Qt::endl;
        return 2;
    }
    const X25519KeyPair pair = BundleCrypto::generateX25519KeyPair();
    if (auto st = Router::KeyFile::write(path, pair); !st) {
        err << "switchboard-router: " << st.error() << Qt::endl;
        return 1;
    }
    // Only the public key is printed: register it in the portal (switchboard-cli router add).
    out << pair.publicKey.toBase64() << Qt::endl;
    err << QObject::tr("Wrote the key pair to %1. Register the public key above with the portal.").arg(path) << Qt::endl;
    return 0;
}

int serve(QCoreApplication &app, const QCommandLineParser &parser, QTextStream &err)
{
    auto config = Router::RouterConfig::load(parser);
    if (!config) {
        err << "switchboard-router: " << config.error() << Qt::endl;
        return 2;
    }
    auto key = Router::KeyFile::read(config->keyFile);
    if (!key) {
        err << "switchboard-router: " << key.error() << Qt::endl;
        return 2;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        err << "switchboard-router: cannot set up signal handling" << Qt::endl;
        return 1;
    }
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    Router::RouterService service(*config, *key);
    if (auto st = service.start(); !st) {
        err << "switchboard-router: " << st.error() << Qt::endl;
        return 1;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char byte;
        [[maybe_unused]] const auto n = ::read(signalPipe[0], &byte, 1);
        qInfo("switchboard-router: stopping");
        QCoreApplication::quit();
    });
    qInfo("switchboard-router: listening on %s:%u (%s, %d worker thread%s, at most %d connection%s), service key %s",
          qPrintable(config->address.toString()), unsigned(service.port()), config->tlsCertificate.isEmpty() ? "http" : "https",
          config->threads, config->threads == 1 ? "" : "s", service.maxConnections(), service.maxConnections() == 1 ? "" : "s",
          qPrintable(BundleCrypto::fingerprint(key->publicKey)));
    const int rc = app.exec();
    service.stop();
    qInfo("switchboard-router: stopped");
    return rc;
}

// The man page, from the options the parser prints for --help: the two cannot drift apart.
QString manPage(const QCommandLineParser &parser)
{
    ManPage::Page page;
    page.name = QStringLiteral("switchboard-router");
    page.summary = QStringLiteral("Switchboard's routing service for Kafka client SDKs");
    page.version = QString::fromLatin1(Switchboard::kVersion);
    page.synopsis = {QStringLiteral("keygen --out FILE"), QStringLiteral("serve --key FILE --trust KEY --state-dir DIR [OPTIONS]"),
                     QStringLiteral("--help | --version | --man")};
    page.sections = {
        {QStringLiteral("DESCRIPTION"),
         QStringLiteral("Answers GET /servicegw (and the older GET /service-locator) for client SDKs from the routing bundle "
                        "the portal pushes to it (PUT /admin/v1/bundle, signed by a trusted portal key, secrets sealed to this "
                        "service's key). GET /healthz and GET /metrics are there for operations.\n\n"
                        "The last good bundle is kept in the state folder and served after a restart."),
         {},
         {}},
        {QStringLiteral("COMMANDS"),
         {},
         {{QStringLiteral("keygen --out FILE"), QStringLiteral("make this service's X25519 key pair (mode 0600); prints the public "
                                                               "key to register with switchboard-cli router add")},
          {QStringLiteral("serve [OPTIONS]"), QStringLiteral("serve lookups until SIGTERM or SIGINT")}},
         {}},
        {QStringLiteral("OPTIONS"), {}, ManPage::optionsFromHelpText(parser.helpText()), {}},
        {QStringLiteral("EXIT STATUS"),
         QStringLiteral("0 after a clean stop, 1 when the service cannot start, 2 for a bad command line or configuration."),
         {},
         {}},
        {QStringLiteral("SEE ALSO"), QStringLiteral("switchboard-cli(1), switchboard(1)"), {}, {}},
    };
    return ManPage::render(page);
}

} // namespace

int main(int argc, char *argv[])
{
    Switchboard::skipOpenSslCleanupAtExit();
    // Qt's glib event dispatcher writes to an eventfd twice per socket event (measured with
    // strace under wrk); the plain Unix dispatcher does not. Only the HTTPS connections, the
    // admin timer and signal handling use Qt's loop here, but they should not pay for it either.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    // A bundle install allocates tens of megabytes (the request body, the decoded payload, the
    // new state's tables) while the previous state is still alive, then frees the old. With
    // glibc's defaults the large blocks are mmap'd and unmapped every time, and each install paid
    // about 5,000 page faults (freshly zeroed pages) for memory it had a moment before. Keep freed
    // memory in the heap for the next install (the service's size stays near two bundles' worth).
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-router"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Switchboard::kVersion));
    BundleCrypto::initialize();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Switchboard's routing service: answers GET /servicegw for client SDKs from the routing\n"
        "bundle the portal pushes to it.\n\n"
        "  keygen --out FILE   make this service's X25519 key pair; prints the public key\n"
        "  serve [options]     serve lookups (see the options below)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("serve | keygen"));
    parser.addOption({QStringLiteral("out"), QStringLiteral("keygen: where to write the key pair"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("man"), QStringLiteral("print the manual page (roff) and exit")});
    Router::RouterConfig::addOptions(parser);
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(QStringLiteral("man"))) {
        out << manPage(parser);
        return 0;
    }
    if (positional.isEmpty()) {
        err << parser.helpText();
        return 2;
    }
    if (positional.first() == QLatin1String("keygen"))
        return keygen(parser, out, err);
    if (positional.first() == QLatin1String("serve"))
        return serve(app, parser, err);
    err << "switchboard-router: unknown command \"" << positional.first() << "\" (see --help)\n";
    return 2;
}
