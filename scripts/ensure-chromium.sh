#!/usr/bin/env bash
# Makes sure a Chromium exists for the end-to-end tests (Playwright drives Debian's Chromium:
# `npx playwright install` downloads browsers, which this network cannot do). Idempotent and quick
# when a browser is already there. See docs/STACK notes and playwright.config.ts.
set -euo pipefail

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  if [[ -x "$CHROMIUM_PATH" ]]; then
    echo "ensure-chromium: using CHROMIUM_PATH=$CHROMIUM_PATH"
    exit 0
  fi
  echo "ensure-chromium: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2
  exit 1
fi

for candidate in /usr/bin/chromium /usr/lib/chromium/chromium; do
  if [[ -x "$candidate" ]]; then
    echo "ensure-chromium: found $candidate"
    exit 0
  fi
done

install_cmd=(apt-get install -y --no-install-recommends chromium)
if [[ "$(id -u)" -eq 0 ]]; then
  sudo_cmd=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo_cmd=(sudo -n)
else
  cat >&2 <<'MSG'
ensure-chromium: no Chromium found, and this user cannot install packages (not root, no passwordless sudo).
Install it, then run the tests again:

    sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium

or point the tests at an existing Chromium or Chrome binary:

    CHROMIUM_PATH=/path/to/chromium npm test
MSG
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: no Chromium found and no apt-get here: install Chromium and set CHROMIUM_PATH to its binary." >&2
  exit 1
fi

echo "ensure-chromium: installing Debian's chromium (about 30 s)…"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update
"${sudo_cmd[@]}" "${install_cmd[@]}"

for candidate in /usr/bin/chromium /usr/lib/chromium/chromium; do
  if [[ -x "$candidate" ]]; then
    echo "ensure-chromium: installed $candidate"
    exit 0
  fi
done
echo "ensure-chromium: apt-get finished but no chromium binary appeared at /usr/bin/chromium" >&2
exit 1
