#!/usr/bin/env bash
# Runs a command inside a throwaway desktop session: Xvfb, a D-Bus session, an unlocked GNOME
# Keyring, a notification daemon and a panel with a system tray. HOME and the XDG folders point
# into a temporary directory, so nothing touches the real user's files. Everything is stopped
# when the command ends.
set -euo pipefail

if [ -z "${VIGIE_IN_DESKTOP_SESSION:-}" ]; then
    session=$(mktemp -d /tmp/vigie-desktop.XXXXXX)
    export VIGIE_IN_DESKTOP_SESSION=$session
    export HOME=$session/home XDG_RUNTIME_DIR=$session/run XDG_CONFIG_HOME=$session/config \
        XDG_DATA_HOME=$session/data XDG_CACHE_HOME=$session/cache XDG_STATE_HOME=$session/state
    mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
    chmod 700 "$XDG_RUNTIME_DIR"
    status=0
    "$0" "$@" || status=$?
    rm -rf "$session" 2>/dev/null || true
    exit $status
fi

session=$VIGIE_IN_DESKTOP_SESSION
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT

# A private D-Bus session bus. Its output, and that of the services it activates (the panel's
# settings daemon, accessibility), goes to a log in the session folder, not into the test report.
dbus-daemon --session --nofork --nopidfile --print-address=4 4>"$session/dbus-address" \
    >"$session/dbus.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
    [ -s "$session/dbus-address" ] && break
    sleep 0.1
done
DBUS_SESSION_BUS_ADDRESS=$(head -n 1 "$session/dbus-address")
export DBUS_SESSION_BUS_ADDRESS

# Xvfb picks a free display number itself and writes it to the given file descriptor.
exec 3<>"$session/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$session/xvfb.log" 2>&1 &
pids+=($!)
display=
for _ in $(seq 100); do
    display=$(head -n 1 "$session/display" 2>/dev/null || true)
    [ -n "$display" ] && break
    sleep 0.1
done
if [ -z "$display" ]; then
    echo "Xvfb did not start:" >&2
    cat "$session/xvfb.log" >&2
    exit 1
fi
export DISPLAY=:$display
export QT_QPA_PLATFORM=xcb

# An unlocked keyring: a locked one would make QtKeychain wait forever on a password prompt.
eval "$(printf 'vigie-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL

dunst >"$session/dunst.log" 2>&1 &
pids+=($!)
xfce4-panel --disable-wm-check >"$session/panel.log" 2>&1 &
pids+=($!)

"$@"
