#pragma once

#include "Response.h"

#include <QByteArrayView>

namespace Vigie::Imap {

// Turns one complete response from the framer into a typed Response. Pure: no state, no I/O.
class ResponseParser
{
public:
    struct Result
    {
        std::optional<Response> response;
        QByteArray error; // why it could not be parsed, when response is empty
    };

    static Result parse(QByteArrayView bytes);
};

} // namespace Vigie::Imap
