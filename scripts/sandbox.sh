#!/usr/bin/env bash
# Berth's private Docker Engine for tests and the demo. It never touches the machine's own engine:
# its own data-root, exec-root, pidfile, unix socket and daemon.json, all under $BERTH_SANDBOX.
#   scripts/sandbox.sh deps|start|stop|down|restart|reload|status|env|registry|remotes [names]|remotes-stop|remote-engine-stop|remote-engine-start <name>
set -euo pipefail

SANDBOX=${BERTH_SANDBOX:-/tmp/berth-sandbox}
SOCK="$SANDBOX/docker.sock"
PIDFILE="$SANDBOX/docker.pid"
CONFIG="$SANDBOX/daemon.json"
LOG="$SANDBOX/dockerd.log"
REGISTRY_PORT=${BERTH_REGISTRY_PORT:-5055}
AUTH_REGISTRY_PORT=${BERTH_AUTH_REGISTRY_PORT:-5056}
AUTH_REGISTRY_USER=berth
AUTH_REGISTRY_PASSWORD=berth-sandbox-pw
SELF="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
export DOCKER_HOST="unix://$SOCK"

say() { echo "sandbox: $*" >&2; }
# shellcheck source=sandbox-remotes.sh
source "$(dirname "$SELF")/sandbox-remotes.sh"

deps() {
  local pkg missing=()
  # fonts-wqy-microhei: Chinese text in screenshots (the visual regression baselines) renders as glyphs, not boxes.
  # docker-compose: Debian's compose v1 (1.29), the only compose installable here (the compose tests run it).
  for pkg in docker.io docker-compose busybox-static docker-registry chromium apache2-utils curl openssh-server openssl iproute2 iptables fonts-wqy-microhei; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

ping_ok() { curl -sf --max-time 2 --unix-socket "$SOCK" http://localhost/_ping >/dev/null 2>&1; }

running_pid() {
  [ -f "$PIDFILE" ] || return 1
  local pid; pid=$(cat "$PIDFILE" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

wait_for() { # seconds, command...
  local deadline=$((SECONDS + $1)); shift
  until "$@"; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 0.2
  done
}

seed_images() {
  docker image inspect berth/busybox:latest berth/httpd:latest >/dev/null 2>&1 && return 0
  say "seeding images from busybox-static"
  local root; root=$(mktemp -d)
  mkdir -p "$root/bin" "$root/www" "$root/tmp" "$root/etc"
  cp /bin/busybox "$root/bin/busybox"
  local applet
  for applet in $(/bin/busybox --list); do
    [ "$applet" = busybox ] || ln -sf busybox "$root/bin/$applet"
  done
  echo '<!doctype html><title>berth</title><h1>hello from berth</h1>' >"$root/www/index.html"
  echo 'root:x:0:0:root:/root:/bin/sh' >"$root/etc/passwd"
  tar -C "$root" -cf "$root.tar" .
  docker import -c 'ENV PATH=/bin' -c 'CMD ["sh"]' "$root.tar" berth/busybox:latest >/dev/null
  docker import -c 'ENV PATH=/bin' -c 'EXPOSE 8080' \
    -c 'CMD ["httpd","-f","-v","-p","8080","-h","/www"]' "$root.tar" berth/httpd:latest >/dev/null
  rm -rf "$root" "$root.tar"
}

start() {
  mkdir -p "$SANDBOX"
  if running_pid >/dev/null && ping_ok; then say "already running ($DOCKER_HOST)"; seed_images; return 0; fi
  [ -f "$CONFIG" ] || echo '{}' >"$CONFIG"
  wait_for 30 stopped || { say "an old dockerd is still exiting"; return 1; }
  rm -f "$PIDFILE" "$SOCK"
  say "starting dockerd on $DOCKER_HOST"
  setsid dockerd --data-root "$SANDBOX/data" --exec-root "$SANDBOX/exec" --pidfile "$PIDFILE" \
    -H "unix://$SOCK" --config-file "$CONFIG" >>"$LOG" 2>&1 </dev/null &
  local pid=$!
  # Fail fast when dockerd exits (e.g. it refused daemon.json): its last log lines say why.
  if ! wait_for_engine "$pid"; then
    say "dockerd did not answer /_ping; last lines of $LOG:"; tail -n 20 "$LOG" >&2; return 1
  fi
  seed_images
  say "ready: export DOCKER_HOST=$DOCKER_HOST"
}

stopped() { ! running_pid >/dev/null; }

wait_for_engine() { # pid: until it answers; fails at once when the process is gone
  local deadline=$((SECONDS + 60))
  until ping_ok; do
    kill -0 "$1" 2>/dev/null && [ $SECONDS -lt $deadline ] || return 1
    sleep 0.2
  done
}

stop() {
  local pid
  if pid=$(running_pid); then
    say "stopping dockerd ($pid)"
    kill "$pid"
    wait_for 60 stopped || { kill -9 "$pid" 2>/dev/null || true; wait_for 10 stopped; }
  fi
  rm -f "$PIDFILE"
}

crash() { # what a power cut or an OOM kill does to the engine: no clean-up of any kind, then a fresh start
  local pid containerd
  if pid=$(running_pid); then
    containerd=$(cat "$SANDBOX/exec/containerd/containerd.pid" 2>/dev/null || true)
    say "killing dockerd ($pid) with SIGKILL"
    kill -9 "$pid"
    wait_for 10 stopped
    # Its containerd notices and exits about 2 s later: a dockerd started before then takes it for alive, waits on
    # it, and fails ("timeout waiting for containerd to start").
    [ -z "$containerd" ] || wait_for 15 bash -c "! kill -0 $containerd 2>/dev/null" || true
  fi
  start
}

reload() {
  local pid; pid=$(running_pid) || { say "not running"; return 1; }
  kill -HUP "$pid"
}

registry() { # real registries on 127.0.0.1: one open, holding library/busybox (a mirror for Docker Hub's busybox:latest), one behind htpasswd
  mkdir -p "$SANDBOX/registry" "$SANDBOX/auth-registry"
  curl -s "http://127.0.0.1:$AUTH_REGISTRY_PORT/v2/" -o /dev/null 2>&1 || start_auth_registry
  curl -sf "http://127.0.0.1:$REGISTRY_PORT/v2/" >/dev/null 2>&1 || start_registry "$SANDBOX/registry" "$REGISTRY_PORT" ""
  curl -sf "http://127.0.0.1:$REGISTRY_PORT/v2/library/busybox/tags/list" 2>/dev/null | grep -q '"latest"' && return 0
  say "seeding the registry with library/busybox"
  local tag="127.0.0.1:$REGISTRY_PORT/library/busybox:latest"
  docker tag berth/busybox:latest "$tag"
  docker push -q "$tag" >/dev/null
  docker rmi "$tag" >/dev/null
}

start_auth_registry() {
  htpasswd -Bbn "$AUTH_REGISTRY_USER" "$AUTH_REGISTRY_PASSWORD" >"$SANDBOX/auth-registry/htpasswd"
  start_registry "$SANDBOX/auth-registry" "$AUTH_REGISTRY_PORT" \
    "auth: { htpasswd: { realm: berth-sandbox, path: $SANDBOX/auth-registry/htpasswd } }"
}

start_registry() { # folder, port, extra config line
  cat >"$1/config.yml" <<YML
version: 0.1
storage: { filesystem: { rootdirectory: $1/data }, delete: { enabled: true } }
http: { addr: 127.0.0.1:$2 }
$3
YML
  setsid docker-registry serve "$1/config.yml" >>"$1/log" 2>&1 </dev/null &
  wait_for 20 curl -s "http://127.0.0.1:$2/v2/" -o /dev/null
}

case "${1:-start}" in
  deps) deps ;;
  start) deps; start ;;
  stop) stop ;;
  down) remotes_stop; stop ;; # everything this script made: the engines, namespaces, veths, bridge and rule
  restart) stop; start ;;
  crash) crash ;;
  reload) reload ;;
  status) if running_pid >/dev/null && ping_ok; then echo "running $DOCKER_HOST"; else echo "stopped"; exit 1; fi ;;
  env) # what Berth needs to drive this engine: its daemon.json, how to reload, restart and read its log, and a client config of its own
    printf 'export %s=%q\n' DOCKER_HOST "$DOCKER_HOST" BERTH_DAEMON_CONFIG "$CONFIG" \
      BERTH_ENGINE_RELOAD "bash $SELF reload" BERTH_ENGINE_RESTART "bash $SELF restart" \
      BERTH_ENGINE_LOG "tail -n 300 $LOG" BERTH_CONFIG_DIR "${BERTH_CONFIG_DIR:-$SANDBOX/berth-config}" \
      DOCKER_CONFIG "${DOCKER_CONFIG:-$SANDBOX/docker-config}"
    remotes_env ;;
  registry) registry ;;
  remotes) shift; remotes_start "$@" ;;
  remotes-stop) remotes_stop ;;
  remote-engine-stop) remote_engine_stop "$2" ;;
  remote-engine-start) start_remote_engine "$2" ;;
  *) echo "usage: $0 deps|start|stop|down|restart|reload|status|env|registry|remotes [names]|remotes-stop|remote-engine-stop|remote-engine-start <name>" >&2; exit 2 ;;
esac
