#include "vault/SecretBytes.h"

#include <sodium.h>

namespace Switchboard {

void SecretBytes::wipe()
{
    if (!m_bytes.isEmpty())
        sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
    m_bytes.clear();
}

} // namespace Switchboard
