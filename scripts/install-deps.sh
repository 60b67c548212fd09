#!/usr/bin/env bash
# Installs the Debian 12 packages Vigie needs: `build` for building and running the application,
# `test` for that plus everything the test suite starts (mail servers, X server, keyring, tray).
set -euo pipefail

what=${1:-build}
build_packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6svg6
    qtkeychain-qt6-dev libssl-dev
    qt6-qpa-plugins libsecret-1-0 libqt6sql6-sqlite
)
test_packages=(
    dovecot-imapd dovecot-lmtpd dovecot-managesieved dovecot-sieve postfix
    curl openssl ca-certificates sqlite3 uidmap
    xvfb xauth dbus dbus-x11 gnome-keyring dunst xfce4-panel
    clang clang-format libclang-rt-14-dev
)

packages=("${build_packages[@]}")
case "$what" in
    build) ;;
    test) packages+=("${test_packages[@]}") ;;
    *) echo "usage: $0 build|test" >&2; exit 2 ;;
esac

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
# Postfix must not ask questions or configure a system mail server: the tests run private instances.
echo "postfix postfix/main_mailer_type select No configuration" | "${sudo[@]}" debconf-set-selections
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
