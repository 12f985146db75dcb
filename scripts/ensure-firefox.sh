#!/usr/bin/env bash
# Makes sure Debian's Firefox ESR is at /usr/bin/firefox-esr for the browser tests (tests/e2e/).
# Quick and silent-ish when it is there; installs it with apt when it is not (CI runs as root).
set -euo pipefail

FIREFOX=/usr/bin/firefox-esr

if [ -x "$FIREFOX" ]; then
  echo "firefox: $("$FIREFOX" --version 2>/dev/null || echo 'present')"
  exit 0
fi

echo "firefox: $FIREFOX is missing; installing the Debian package"
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "firefox: not root and no sudo; install it with: apt-get install -y firefox-esr" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
echo "+ apt-get update"
"${SUDO[@]}" apt-get update
echo "+ apt-get install -y firefox-esr"
"${SUDO[@]}" apt-get install -y firefox-esr

if [ ! -x "$FIREFOX" ]; then
  echo "firefox: apt finished but $FIREFOX is still missing" >&2
  exit 1
fi
echo "firefox: installed $("$FIREFOX" --version 2>/dev/null || echo '')"
