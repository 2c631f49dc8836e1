#pragma once

// Strict standard base64 (RFC 4648 alphabet, '=' padding optional) decoded straight from the
// bytes of a JSON string, for the bundle's binary fields. QByteArray::fromBase64Encoding wants a
// QByteArray and decodes a few hundred MB/s; a bundle's payload is megabytes of base64 decoded
// on every install, so this decoder works 4 characters at a time from a lookup table.

#include <QByteArray>

#include <optional>
#include <string_view>

namespace Switchboard::Base64 {

// nullopt when text is not base64: a character outside the alphabet, '=' before the end, or a
// length no encoding has. The empty text decodes to empty bytes.
std::optional<QByteArray> decode(std::string_view text);

} // namespace Switchboard::Base64
