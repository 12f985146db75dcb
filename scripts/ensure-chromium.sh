#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the browser tests (tests/e2e/).
# Quick and silent-ish when it is there; installs it with apt when it is not (CI runs as root).
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  # The Debian launcher script prints a harmless shell warning on stderr; keep only the version.
  echo "chromium: $("$CHROMIUM" --version 2>/dev/null || echo 'present')"
  exit 0
fi

echo "chromium: $CHROMIUM is missing; installing the Debian package"
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "chromium: not root and no sudo; install it with: apt-get install -y chromium" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
echo "+ apt-get update"
"${SUDO[@]}" apt-get update
echo "+ apt-get install -y chromium"
"${SUDO[@]}" apt-get install -y chromium

if [ ! -x "$CHROMIUM" ]; then
  echo "chromium: apt finished but $CHROMIUM is still missing" >&2
  exit 1
fi
echo "chromium: installed $("$CHROMIUM" --version 2>/dev/null || echo '')"
