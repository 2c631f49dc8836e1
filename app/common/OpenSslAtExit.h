// OpenSSL's clean-up at exit, turned off for our processes.
//
// Qt does TLS with OpenSSL in its own threads (QNetworkAccessManager's HTTP thread, the routing
// service's HTTPS workers), and Qt runs threads detached: QThread::wait() returns before the
// thread's thread-local destructors run, where OpenSSL frees that thread's state. OpenSSL's
// atexit handler (OPENSSL_cleanup) frees the same state from the main thread, so a process that
// exits right after a TLS exchange can free it twice (seen as a double free under AddressSanitizer
// in `switchboard-cli router push` to an https:// service). OpenSSL's own rule is that
// OPENSSL_cleanup must not run while other threads use it; the process is ending anyway, so we let
// the kernel take the memory back instead.
#pragma once

namespace Switchboard {

// Call first thing in main(), before any TLS use.
void skipOpenSslCleanupAtExit();

} // namespace Switchboard
