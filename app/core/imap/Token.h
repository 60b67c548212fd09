#pragma once

#include <QByteArray>
#include <QDebug>
#include <QList>

#include <optional>

namespace Vigie::Imap {

// One item of IMAP response data: an atom (including numbers and flags), a string (quoted or
// literal, 8-bit bytes as sent), NIL, or a parenthesised list of tokens.
struct Token
{
    enum class Type { Atom, String, Nil, List };

    Type type = Type::Nil;
    QByteArray bytes;
    QList<Token> list;

    static Token atom(QByteArray text) { return {Type::Atom, std::move(text), {}}; }
    static Token string(QByteArray text) { return {Type::String, std::move(text), {}}; }
    static Token nil() { return {}; }
    static Token makeList(QList<Token> items) { return {Type::List, {}, std::move(items)}; }

    bool isAtom() const { return type == Type::Atom; }
    bool isString() const { return type == Type::String; }
    bool isNil() const { return type == Type::Nil; }
    bool isList() const { return type == Type::List; }
    // An atom or a string: what the grammar calls astring.
    bool isText() const { return type == Type::Atom || type == Type::String; }
    std::optional<quint64> number() const;
    // String or NIL as the grammar's nstring: NIL gives a null QByteArray.
    QByteArray nstring() const { return isText() ? bytes : QByteArray(); }

    // Not defaulted: QList<Token> can only be compared once Token is complete.
    bool operator==(const Token &other) const;
};

QDebug operator<<(QDebug debug, const Token &token);

} // namespace Vigie::Imap
