// libFuzzer target for the MIME walker, the delivery-status parser and the classifier on top:
// any byte string must be walked and classified without crashing, hanging or reading out of
// bounds (built with ASan, see CMakeLists.txt).
#include "bounce/BounceClassifier.h"
#include "bounce/DeliveryStatusParser.h"
#include "mime/MimeWalker.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Vigie::Mime::MimeMessage message = Vigie::Mime::MimeWalker().walk(input);
    for (const Vigie::Mime::MimePart &part : message.parts)
        (void)part.text();
    (void)Vigie::Bounce::DeliveryStatusParser::parse(input);
    (void)Vigie::Bounce::BounceClassifier().classify(message);
    return 0;
}
