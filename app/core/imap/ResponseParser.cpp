#include "ResponseParser.h"

#include "Tokenizer.h"

namespace Vigie::Imap {

namespace {

using Status = Response::Status;

Status statusFromName(const QByteArray &upper)
{
    if (upper == "OK")
        return Status::Ok;
    if (upper == "NO")
        return Status::No;
    if (upper == "BAD")
        return Status::Bad;
    if (upper == "PREAUTH")
        return Status::PreAuth;
    if (upper == "BYE")
        return Status::Bye;
    return Status::None;
}

// resp-text: ["[" resp-text-code "]" SP] text. Lenient about the space, as servers are.
bool readResponseText(Tokenizer &tokens, Response &response)
{
    if (tokens.consume('[')) {
        auto name = tokens.readAtom();
        if (!name)
            return false;
        response.code.name = name->toUpper();
        response.code.kind = ResponseCode::kindFromName(response.code.name);
        if (tokens.skipSpace()) {
            const QByteArrayView raw = tokens.readUntilBracket();
            Tokenizer argumentTokens(raw);
            auto arguments = argumentTokens.readRemainingTokens();
            if (arguments)
                response.code.arguments = std::move(*arguments);
            else
                response.code.arguments = {Token::atom(raw.toByteArray())};
        }
        if (!tokens.consume(']'))
            return false;
        tokens.skipSpace();
    }
    response.text = QString::fromUtf8(tokens.readRestOfLine());
    return true;
}

QList<QByteArray> upperAtoms(const QList<Token> &tokens)
{
    QList<QByteArray> atoms;
    atoms.reserve(tokens.size());
    for (const Token &token : tokens)
        atoms.append(token.bytes.toUpper());
    return atoms;
}

bool readData(Tokenizer &tokens, Response &response, QByteArray &error)
{
    auto rest = tokens.readRemainingTokens();
    if (!rest) {
        error = tokens.error();
        return false;
    }
    QList<Token> &items = *rest;
    const QByteArray &name = response.name;
    auto malformed = [&error, &name] {
        error = "malformed " + name + " response";
        return false;
    };
    if (response.number) {
        if (name == "FETCH") {
            if (items.size() != 1)
                return malformed();
            auto fetch = FetchData::fromTokens(*response.number, items.constFirst());
            if (!fetch)
                return malformed();
            response.payload = std::move(*fetch);
        } else if (!items.isEmpty()) {
            response.payload = OtherData{items};
        }
        return true;
    }
    if (name == "CAPABILITY" || name == "ENABLED") {
        response.payload = CapabilityData{upperAtoms(items)};
    } else if (name == "FLAGS") {
        if (items.size() != 1 || !items.constFirst().isList())
            return malformed();
        QList<QByteArray> flags;
        for (const Token &flag : items.constFirst().list)
            flags.append(flag.bytes);
        response.payload = FlagsData{flags};
    } else if (name == "LIST" || name == "LSUB") {
        if (items.size() < 3 || !items.at(0).isList() || !items.at(2).isText())
            return malformed();
        ListData list;
        for (const Token &attribute : items.at(0).list)
            list.attributes.append(attribute.bytes);
        list.delimiter = items.at(1).nstring();
        list.mailbox = items.at(2).bytes;
        response.payload = std::move(list);
    } else if (name == "SEARCH" || name == "SORT") {
        SearchData search;
        search.numbers.reserve(items.size());
        for (const Token &item : std::as_const(items)) {
            if (item.isList()) { // (MODSEQ n), RFC 7162
                if (item.list.size() == 2 && item.list.at(1).number())
                    search.modSeq = item.list.at(1).number();
                continue;
            }
            const auto number = item.number();
            if (!number || *number > 0xffffffffu)
                return malformed();
            search.numbers.append(quint32(*number));
        }
        response.payload = std::move(search);
    } else if (name == "STATUS") {
        if (items.size() != 2 || !items.at(0).isText() || !items.at(1).isList() || items.at(1).list.size() % 2)
            return malformed();
        StatusData status;
        status.mailbox = items.at(0).bytes;
        const QList<Token> &pairs = items.at(1).list;
        for (qsizetype i = 0; i < pairs.size(); i += 2) {
            const auto value = pairs.at(i + 1).number();
            if (!pairs.at(i).isAtom() || !value)
                return malformed();
            status.items.insert(pairs.at(i).bytes.toUpper(), *value);
        }
        response.payload = std::move(status);
    } else if (!items.isEmpty()) {
        response.payload = OtherData{items};
    }
    return true;
}

} // namespace

bool ListData::hasAttribute(QByteArrayView attribute) const
{
    for (const QByteArray &candidate : attributes) {
        if (candidate.compare(attribute, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ResponseParser::Result ResponseParser::parse(QByteArrayView bytes)
{
    Result result;
    Tokenizer tokens(bytes);
    Response response;

    if (tokens.consume('+')) {
        response.kind = Response::Kind::Continuation;
        tokens.skipSpace();
        response.text = QString::fromUtf8(tokens.readRestOfLine());
        result.response = std::move(response);
        return result;
    }

    if (tokens.consume('*')) {
        response.kind = Response::Kind::Untagged;
    } else {
        response.kind = Response::Kind::Tagged;
        auto tag = tokens.readAtom();
        if (!tag || tag->contains('+') || tag->contains('[')) {
            result.error = "a response that is neither tagged, untagged nor a continuation";
            return result;
        }
        response.tag = std::move(*tag);
    }
    if (!tokens.skipSpace()) {
        result.error = "expected a space after the tag";
        return result;
    }

    if (response.kind == Response::Kind::Untagged && tokens.peek() >= '0' && tokens.peek() <= '9') {
        const auto number = tokens.readNumber();
        if (!number || *number > 0xffffffffu || !tokens.skipSpace()) {
            result.error = "malformed message number";
            return result;
        }
        response.number = quint32(*number);
    }

    auto word = tokens.readAtom();
    if (!word) {
        result.error = tokens.error();
        return result;
    }
    const QByteArray upper = word->toUpper();
    response.status = response.number ? Status::None : statusFromName(upper);

    if (response.kind == Response::Kind::Tagged && response.status != Status::Ok && response.status != Status::No
        && response.status != Status::Bad) {
        result.error = "a tagged response with the status " + word->left(32);
        return result;
    }

    if (response.status != Status::None) {
        tokens.skipSpace();
        if (!readResponseText(tokens, response)) {
            result.error = "malformed response code";
            return result;
        }
    } else {
        response.name = upper;
        if (tokens.skipSpace() || tokens.atEnd()) {
            if (!readData(tokens, response, result.error))
                return result;
        } else {
            result.error = "expected a space after " + word->left(32);
            return result;
        }
    }
    result.response = std::move(response);
    return result;
}

QDebug operator<<(QDebug debug, const Response &response)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "Response(" << int(response.kind) << ' ' << response.tag << " status " << int(response.status)
                    << " code " << response.code.name << response.code.arguments << " text " << response.text
                    << " name " << response.name << " number " << response.number.value_or(0) << " payload#"
                    << response.payload.index() << ')';
    return debug;
}

} // namespace Vigie::Imap
