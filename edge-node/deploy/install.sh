#!/usr/bin/env bash
# Brewpit edge node installer for Raspberry Pi OS bookworm (also Debian 12 on other boards).
#
#   sudo ./install.sh                 install: Node.js >= 20 (NodeSource) if missing, the edge
#                                     node in /opt/brewpit-edge, user 'brewpit', the systemd
#                                     unit, and /etc/brewpit/edge.yaml from `brewpit-edge scan`
#   sudo ./install.sh --upgrade       replace the code, keep config, token and outbox; restart
#   sudo ./install.sh --uninstall     stop and remove service and code; keeps /etc/brewpit and
#                                     /var/lib/brewpit-edge (add --purge to remove them too)
#
# Options: --source DIR (a Brewpit checkout or release tree; default: this script's repo),
#          --hub URL (put into the starter config), --no-enable (do not start the service).
#
# After installing: sudo -u brewpit brewpit-edge pair <hub-url> <code> --config /etc/brewpit/edge.yaml
#                   sudo systemctl restart brewpit-edge; brewpit-edge status --config /etc/brewpit/edge.yaml
set -euo pipefail

PREFIX=/opt/brewpit-edge
CONF_DIR=/etc/brewpit
STATE_DIR=/var/lib/brewpit-edge
UNIT=/etc/systemd/system/brewpit-edge.service
BIN=/usr/local/bin/brewpit-edge
NODE_MAJOR=20
SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MODE=install
HUB_URL=http://homeassistant.local:8488
ENABLE=1
PURGE=0

log() { printf '\033[1m==>\033[0m %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --upgrade) MODE=upgrade ;;
    --uninstall) MODE=uninstall ;;
    --purge) PURGE=1 ;;
    --source) SRC="$2"; shift ;;
    --hub) HUB_URL="$2"; shift ;;
    --no-enable) ENABLE=0 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
  shift
done

[ "$(id -u)" -eq 0 ] || die "run as root (sudo $0 $*)"

ensure_node() {
  if command -v node >/dev/null && [ "$(node -p 'process.versions.node.split(".")[0]')" -ge "$NODE_MAJOR" ]; then
    log "Node.js $(node -v) present"
    return
  fi
  log "Installing Node.js ${NODE_MAJOR}.x from NodeSource"
  apt-get update
  apt-get install -y ca-certificates curl gnupg
  install -d -m 0755 /etc/apt/keyrings
  curl -fsSL https://deb.nodesource.com/gpgkey/nodesource-repo.gpg.key | gpg --dearmor --yes -o /etc/apt/keyrings/nodesource.gpg
  echo "deb [signed-by=/etc/apt/keyrings/nodesource.gpg] https://deb.nodesource.com/node_${NODE_MAJOR}.x nodistro main" \
    > /etc/apt/sources.list.d/nodesource.list
  apt-get update
  apt-get install -y nodejs
}

install_code() {
  [ -f "$SRC/edge-node/package.json" ] || die "no Brewpit tree at $SRC (use --source)"
  log "Installing build tools for the native modules (better-sqlite3, i2c-bus)"
  apt-get install -y build-essential python3 i2c-tools
  log "Copying the edge node to $PREFIX"
  install -d -m 0755 "$PREFIX"
  # Only what the edge node needs: the root manifest, protocol and edge-node workspaces.
  for f in package.json package-lock.json tsconfig.json tsconfig.base.json; do cp "$SRC/$f" "$PREFIX/"; done
  rm -rf "$PREFIX/protocol" "$PREFIX/edge-node"
  cp -r "$SRC/protocol" "$SRC/edge-node" "$PREFIX/"
  rm -rf "$PREFIX/edge-node/test" "$PREFIX/edge-node/dist" "$PREFIX/protocol/dist"
  (cd "$PREFIX" && npm install --workspace protocol --workspace edge-node --include-workspace-root --no-audit --no-fund \
    && npx tsc -b protocol edge-node && npm prune --omit=dev --workspace protocol --workspace edge-node --include-workspace-root)
  ln -sf "$PREFIX/edge-node/dist/cli.js" "$BIN"
  chmod 0755 "$PREFIX/edge-node/dist/cli.js"
}

ensure_user() {
  if ! id brewpit >/dev/null 2>&1; then
    log "Creating system user 'brewpit'"
    useradd --system --home-dir "$STATE_DIR" --shell /usr/sbin/nologin brewpit
  fi
  for g in i2c gpio; do getent group "$g" >/dev/null && usermod -aG "$g" brewpit; done
  install -d -o brewpit -g brewpit -m 0750 "$STATE_DIR"
  install -d -o root -g brewpit -m 0770 "$CONF_DIR"
}

starter_config() {
  if [ -f "$CONF_DIR/edge.yaml" ]; then
    log "Keeping existing $CONF_DIR/edge.yaml"
    return
  fi
  log "Scanning I²C and 1-Wire for sensors"
  node "$PREFIX/edge-node/dist/cli.js" scan --hub "$HUB_URL" \
    | sed -e "s#path: ./outbox.db#path: $STATE_DIR/outbox.db#" -e "s#token_file: ./edge-token#token_file: $CONF_DIR/edge-token#" \
    > "$CONF_DIR/edge.yaml"
  chown root:brewpit "$CONF_DIR/edge.yaml"
  chmod 0640 "$CONF_DIR/edge.yaml"
  log "Wrote $CONF_DIR/edge.yaml; review it, then pair"
}

install_unit() {
  install -m 0644 "$SRC/edge-node/deploy/brewpit-edge.service" "$UNIT"
  systemctl daemon-reload
  if [ "$ENABLE" -eq 1 ]; then systemctl enable brewpit-edge; fi
}

case "$MODE" in
  install)
    ensure_node
    ensure_user
    install_code
    starter_config
    install_unit
    if [ -f "$CONF_DIR/edge-token" ] && [ "$ENABLE" -eq 1 ]; then systemctl restart brewpit-edge; fi
    log "Installed. Next: sudo -u brewpit brewpit-edge pair <hub-url> <code> --config $CONF_DIR/edge.yaml && sudo systemctl restart brewpit-edge"
    ;;
  upgrade)
    ensure_node
    ensure_user
    systemctl stop brewpit-edge 2>/dev/null || true
    install_code
    install_unit
    systemctl restart brewpit-edge
    log "Upgraded; config, token and outbox kept"
    ;;
  uninstall)
    systemctl disable --now brewpit-edge 2>/dev/null || true
    rm -f "$UNIT" "$BIN"
    systemctl daemon-reload
    rm -rf "$PREFIX"
    if [ "$PURGE" -eq 1 ]; then
      rm -rf "$CONF_DIR" "$STATE_DIR"
      userdel brewpit 2>/dev/null || true
      log "Removed everything, including config, token and outbox"
    else
      log "Removed; kept $CONF_DIR and $STATE_DIR (use --uninstall --purge to remove them)"
    fi
    ;;
esac
