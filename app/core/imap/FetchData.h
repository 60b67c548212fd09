#pragma once

#include "Envelope.h"
#include "Token.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Vigie::Imap {

// One untagged FETCH response: the items the server sent for one message, typed.
struct FetchData
{
    quint32 sequenceNumber = 0;
    std::optional<quint32> uid;
    QDateTime internalDate; // UTC; invalid when not sent
    std::optional<qint64> size;
    std::optional<QList<QByteArray>> flags;
    std::optional<Envelope> envelope;
    std::optional<Token> bodyStructure; // kept as the token tree; the MIME layer reads it
    std::optional<QByteArray> header; // BODY[HEADER]
    std::optional<QByteArray> body; // BODY[]
    std::optional<quint64> modSeq;

    // Reads the msg-att list that follows "* n FETCH". nullopt when it is malformed.
    static std::optional<FetchData> fromTokens(quint32 sequenceNumber, const Token &attributes);
    bool operator==(const FetchData &) const = default;
};

// "17-Jul-1996 02:44:25 -0700" to UTC; an invalid QDateTime when it is not one.
QDateTime parseInternalDate(QByteArrayView text);

} // namespace Vigie::Imap
