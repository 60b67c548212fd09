#pragma once

#include "Settings.h"

#include <QString>

namespace Vigie::Config {

// The text form of each type a setting can have, as it appears in the INI file.
namespace SettingsFields {

bool parse(const QString &text, QString &value);
bool parse(const QString &text, int &value);
bool parse(const QString &text, double &value);
bool parse(const QString &text, bool &value);
bool parse(const QString &text, TlsMode &value);
bool parse(const QString &text, SecretBackend &value);

QString format(const QString &value);
QString format(int value);
QString format(double value);
QString format(bool value);
QString format(TlsMode value);
QString format(SecretBackend value);

// What a valid value of that type looks like, for error messages.
QString expectation(const QString &);
QString expectation(int);
QString expectation(double);
QString expectation(bool);
QString expectation(TlsMode);
QString expectation(SecretBackend);

} // namespace SettingsFields

} // namespace Vigie::Config
