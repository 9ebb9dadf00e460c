#!/usr/bin/env bash
# `npm run setup`: the browsers the tests need, from Debian's packages, installed only when missing
# (idempotent; a second run takes no time). CI starts on a fresh machine, so .ci/run calls this.
#   chromium     end-to-end tests and `npm start` (/usr/lib/chromium/chromium, driven by playwright-core)
#   firefox-esr  the Firefox end-to-end suite (issue 7)
# Never a browser downloaded by a test tool (`npx playwright install` cannot work here).
set -euo pipefail

need=()
[ -x /usr/lib/chromium/chromium ] || need+=(chromium)
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)

if [ ${#need[@]} -eq 0 ]; then
  echo "setup: chromium and firefox-esr are installed"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: missing ${need[*]} and no apt-get here: install them with your package manager" >&2
  exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else echo "setup: installing ${need[*]} needs root" >&2; exit 1; fi
fi

echo "setup: installing ${need[*]} (Debian packages)"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q "${need[@]}" </dev/null
[ -x /usr/lib/chromium/chromium ] && /usr/lib/chromium/chromium --version || true
[ -x /usr/bin/firefox-esr ] && /usr/bin/firefox-esr --version 2>/dev/null || true
