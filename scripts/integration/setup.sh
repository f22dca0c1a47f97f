#!/usr/bin/env bash
# Installs what the offline integration tests need: Debian packages (libkrb5-dev, ripgrep,
# chromium) and code-server 4.100.3 in tools/code-server/ (git-ignored). Idempotent: each step
# is skipped when already done. Needs root (or sudo) for apt-get; no internet but npm and apt.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS="$ROOT/tools/code-server"
MARKER="$TOOLS/.installed-$CODE_SERVER_VERSION"
log() { echo "[setup] $*"; }

# 1. Debian packages (the Node headers node-gyp needs come with Node itself, in /usr/include/node).
missing=()
for pkg in libkrb5-dev ripgrep chromium; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
# Native modules (kerberos, node-pty, ...) are compiled with node-gyp: needs make, g++ and python3.
for tool in make g++ python3; do
  command -v "$tool" >/dev/null || { missing+=(build-essential python3); break; }
done
if ((${#missing[@]})); then
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  log "Debian packages present"
fi

# 3. (run after 2, every time) VS Code's built-in Markdown language features parse each Markdown document
# with markdown-it in the same extension host as this extension, synchronously: on the hostile files of
# test/integration/hostile.test.ts they hold it for seconds (docs/performance.md). code-server has no
# --disable-extension, so the test install goes without them and the suite measures this extension's own
# effect. The Markdown grammar (markdown-basics) stays.
without_builtin_markdown_features() {
  local builtins="$TOOLS/node_modules/code-server/lib/vscode/extensions"
  for ext in markdown-language-features markdown-math; do
    if [[ -d "$builtins/$ext" ]]; then
      rm -rf "${builtins:?}/$ext"
      log "removed the built-in extension $ext from the test install"
    fi
  done
}

# 2. code-server.
if [[ -f "$MARKER" ]]; then
  log "code-server $CODE_SERVER_VERSION already installed in tools/code-server"
  without_builtin_markdown_features
  exit 0
fi
start=$SECONDS
mkdir -p "$TOOLS"
cd "$TOOLS"
[[ -f package.json ]] || echo '{ "name": "code-server-tools", "private": true }' > package.json
export npm_config_yes=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

log "npm install --ignore-scripts code-server@$CODE_SERVER_VERSION"
npm install --ignore-scripts --save-exact "code-server@$CODE_SERVER_VERSION"
log "npm rebuild argon2"
npm rebuild argon2

cd node_modules/code-server/lib/vscode
log "npm install --omit=dev --ignore-scripts in lib/vscode"
npm install --omit=dev --ignore-scripts
log "rebuilding native modules in lib/vscode"
npm rebuild kerberos @parcel/watcher node-pty @vscode/spdlog native-watchdog @vscode/deviceid

for native in kerberos/build/Release/kerberos.node node-pty/build/Release/pty.node \
  @vscode/spdlog/build/Release/spdlog.node native-watchdog/build/Release/watchdog.node; do
  [[ -e node_modules/$native ]] || { log "ERROR: native module not built: $native"; exit 1; }
done

log "linking /usr/bin/rg and node_modules.asar"
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sfn /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar

touch "$MARKER"
log "code-server $CODE_SERVER_VERSION installed in $((SECONDS - start))s"
without_builtin_markdown_features
