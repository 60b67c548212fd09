#pragma once

#include "ResponseCode.h"
#include "ResponseData.h"

#include <QByteArray>
#include <QDebug>
#include <QString>

namespace Vigie::Imap {

// One complete server response, typed. Status responses (OK, NO, BAD, PREAUTH, BYE) carry a
// code and text; untagged data carries a name ("EXISTS", "FETCH"), maybe a number, and a payload.
struct Response
{
    enum class Kind { Untagged, Tagged, Continuation };
    enum class Status { None, Ok, No, Bad, PreAuth, Bye };

    Kind kind = Kind::Untagged;
    QByteArray tag;
    Status status = Status::None;
    ResponseCode code;
    QString text; // human-readable text of a status or continuation response
    QByteArray name; // untagged data name, upper-cased: "EXISTS", "FETCH", "CAPABILITY"
    std::optional<quint32> number; // "* 23 EXISTS"
    ResponsePayload payload;

    bool isStatus() const { return status != Status::None; }
    bool isUntaggedData(QByteArrayView dataName) const
    {
        return kind == Kind::Untagged && status == Status::None && name == dataName;
    }
    template<typename T> const T *as() const { return std::get_if<T>(&payload); }

    bool operator==(const Response &) const = default;
};

QDebug operator<<(QDebug debug, const Response &response);

} // namespace Vigie::Imap
