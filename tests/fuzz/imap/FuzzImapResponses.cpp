// libFuzzer entry point: arbitrary server bytes through the framer (split into reads at
// positions the input chooses) and every complete response through the parser. Nothing may
// crash, hang, or allocate beyond the framer's limits.
#include "imap/ResponseFramer.h"
#include "imap/ResponseParser.h"

#include <cstddef>
#include <cstdint>

using namespace Vigie::Imap;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the read size, so splits across literals get explored.
    const qsizetype chunk = 1 + data[0] % 64;
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    FramerLimits limits;
    limits.maxLineLength = 16 * 1024;
    limits.maxLiteralSize = 64 * 1024;
    limits.maxResponseSize = 256 * 1024;
    ResponseFramer framer(limits);
    for (qsizetype offset = 0; offset < stream.size(); offset += chunk) {
        if (!framer.feed(stream.sliced(offset, std::min(chunk, stream.size() - offset))))
            break;
        while (framer.hasResponse()) {
            const QByteArray response = framer.takeResponse();
            const ResponseParser::Result result = ResponseParser::parse(response);
            // A parsed response must be self-consistent enough to compare with itself.
            if (result.response && !(*result.response == *result.response))
                __builtin_trap();
        }
    }
    // The parser on its own must also survive input the framer would never deliver.
    (void)ResponseParser::parse(stream);
    return 0;
}
