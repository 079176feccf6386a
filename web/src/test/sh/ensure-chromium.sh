#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through Debian's chromedriver, offline. This makes sure
# both are installed before the integration tests run: on Debian as root it installs them
# (about 35 s, once); anywhere else it says what to install.
set -euo pipefail

chromium=${GIVEFIRST_CHROMIUM:-/usr/bin/chromium}
chromedriver=${GIVEFIRST_CHROMEDRIVER:-/usr/bin/chromedriver}

if [[ -x "$chromium" && -x "$chromedriver" ]]; then
    exit 0
fi

if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-chromium: installing Debian's chromium and chromium-driver for the browser tests ..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
    exit 0
fi

echo "ensure-chromium: the browser tests need Chromium ($chromium) and chromedriver ($chromedriver)." >&2
echo "ensure-chromium: on Debian/Ubuntu: sudo apt-get install -y chromium chromium-driver" >&2
echo "ensure-chromium: elsewhere set GIVEFIRST_CHROMIUM and GIVEFIRST_CHROMEDRIVER to their paths." >&2
exit 1
