#include "OpenSslAtExit.h"

#include <openssl/crypto.h>

namespace Switchboard {

void skipOpenSslCleanupAtExit()
{
    // Initialising libcrypto ourselves with NO_ATEXIT is the documented way to keep OpenSSL from
    // registering OPENSSL_cleanup; later initialisations (Qt's TLS backend's) do not add it back.
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
}

} // namespace Switchboard
