#include "Envelope.h"

#include "mime/EncodedWords.h"

namespace Vigie::Imap {

namespace {

std::optional<QList<Address>> addressList(const Token &token)
{
    if (token.isNil())
        return QList<Address>{};
    if (!token.isList())
        return std::nullopt;
    QList<Address> addresses;
    for (const Token &item : token.list) {
        if (!item.isList() || item.list.size() != 4)
            return std::nullopt;
        Address address;
        address.name = Mime::EncodedWords::decode(item.list.at(0).nstring());
        address.mailbox = item.list.at(2).nstring();
        address.host = item.list.at(3).nstring();
        if (address.host.isNull())
            continue; // group start or end marker (RFC 3501 7.4.2): not an address
        addresses.append(std::move(address));
    }
    return addresses;
}

} // namespace

QString Address::email() const
{
    return QString::fromUtf8(mailbox) + u'@' + QString::fromUtf8(host);
}

std::optional<Envelope> Envelope::fromToken(const Token &token)
{
    if (!token.isList() || token.list.size() < 10)
        return std::nullopt;
    const QList<Token> &fields = token.list;
    Envelope envelope;
    envelope.date = fields.at(0).nstring();
    envelope.subject = Mime::EncodedWords::decode(fields.at(1).nstring());
    QList<Address> *lists[] = {&envelope.from, &envelope.sender, &envelope.replyTo,
                               &envelope.to,   &envelope.cc,     &envelope.bcc};
    for (int i = 0; i < 6; ++i) {
        auto addresses = addressList(fields.at(2 + i));
        if (!addresses)
            return std::nullopt;
        *lists[i] = std::move(*addresses);
    }
    envelope.inReplyTo = fields.at(8).nstring();
    envelope.messageId = fields.at(9).nstring();
    return envelope;
}

} // namespace Vigie::Imap
