#!/usr/bin/env bash
# Install spinscope with its test dependencies, then run the test suite.
# This is the README's test command and what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check -e '.[test]'
# The browser tests drive Debian's chromium through Playwright (never "playwright install", which
# downloads a browser). Install it only when it is missing and apt can; otherwise those tests skip.
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo -n"
    { $SUDO apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 \
      || { $SUDO apt-get update -qq >/dev/null 2>&1 && $SUDO apt-get install -y --no-install-recommends chromium >/dev/null 2>&1; }; } \
      || echo "scripts/test.sh: could not install chromium with apt; browser tests will be skipped" >&2
fi
python3 -m pytest "$@"
