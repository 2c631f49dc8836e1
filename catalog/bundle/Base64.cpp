#include "bundle/Base64.h"

#include <array>
#include <cstdint>

namespace Switchboard::Base64 {

namespace {

constexpr std::uint8_t kInvalid = 0xff;

constexpr std::array<std::uint8_t, 256> makeTable()
{
    std::array<std::uint8_t, 256> table{};
    for (auto &v : table)
        v = kInvalid;
    constexpr std::string_view alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (std::size_t i = 0; i < alphabet.size(); ++i)
        table[static_cast<unsigned char>(alphabet[i])] = std::uint8_t(i);
    return table;
}

constexpr std::array<std::uint8_t, 256> kTable = makeTable();

} // namespace

std::optional<QByteArray> decode(std::string_view text)
{
    // Padding: up to two '=' at the end of a whole group; without it, a last group of 2 or 3.
    std::size_t length = text.size();
    if (length % 4 == 0 && length >= 4) {
        if (text[length - 1] == '=')
            --length;
        if (text[length - 1] == '=')
            --length;
    }
    if (length % 4 == 1)
        return std::nullopt;
    const auto *in = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t groups = length / 4;
    const std::size_t tail = length % 4;   // 0, 2 or 3 characters: 0, 1 or 2 bytes
    QByteArray out(qsizetype(groups * 3 + (tail ? tail - 1 : 0)), Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    std::uint32_t bad = 0;   // one check at the end: the loop stays free of branches per group
    for (std::size_t g = 0; g < groups; ++g, in += 4, o += 3) {
        const std::uint32_t a = kTable[in[0]], b = kTable[in[1]], c = kTable[in[2]], d = kTable[in[3]];
        bad |= a | b | c | d;
        const std::uint32_t v = (a << 18) | (b << 12) | (c << 6) | d;
        o[0] = static_cast<unsigned char>(v >> 16);
        o[1] = static_cast<unsigned char>(v >> 8);
        o[2] = static_cast<unsigned char>(v);
    }
    if (tail) {
        const std::uint32_t a = kTable[in[0]], b = kTable[in[1]], c = tail == 3 ? kTable[in[2]] : 0;
        bad |= a | b | c;
        const std::uint32_t v = (a << 18) | (b << 12) | (c << 6);
        o[0] = static_cast<unsigned char>(v >> 16);
        if (tail == 3)
            o[1] = static_cast<unsigned char>(v >> 8);
    }
    if (bad & 0x80)
        return std::nullopt;
    return out;
}

} // namespace Switchboard::Base64
