#!/usr/bin/env bash
# "Remote" engines for tests and benchmarks, on this one machine: each runs in a Linux network namespace of its own,
# reached over a bridge (berthbr0, 172.29.83.0/24). Sourced by sandbox.sh, which owns SANDBOX, say, wait_for.
#   tls  tcp://172.29.83.11:2376 with --tlsverify (a CA made here; client material in $REMOTE/tls/client)
#   ssh  ssh://root@172.29.83.12 (openssh-server in the namespace; its key in $REMOTE/ssh/id_berth)
#   n3…  plain engines on a unix socket only (benchmarks: many engines)
# Everything made here is under $REMOTE or named berth*, and undone by remotes_stop (`sandbox.sh remotes-stop` or `down`);
# the machine's own networking is never touched.

REMOTE="$SANDBOX/remote"
BRIDGE=berthbr0
SUBNET=172.29.83
REMOTE_NAMES=(tls ssh n3 n4)

remote_ip() { # name → its address on the bridge
  local i; for i in "${!REMOTE_NAMES[@]}"; do [ "${REMOTE_NAMES[$i]}" = "$1" ] && { echo "$SUBNET.$((11 + i))"; return; }; done
  return 1
}
remote_sock() { echo "$REMOTE/$1/docker.sock"; }
remote_ping() { curl -sf --max-time 2 --unix-socket "$(remote_sock "$1")" http://localhost/_ping >/dev/null 2>&1; }

make_bridge() {
  ip link show "$BRIDGE" >/dev/null 2>&1 && return 0
  ip link add "$BRIDGE" type bridge
  ip addr add "$SUBNET.1/24" dev "$BRIDGE"
  ip link set "$BRIDGE" up
  # The sandbox's dockerd sets FORWARD to DROP; namespaced engines talk to each other (swarm, overlay) across the bridge.
  iptables -C DOCKER-USER -i "$BRIDGE" -o "$BRIDGE" -j ACCEPT 2>/dev/null || iptables -I DOCKER-USER -i "$BRIDGE" -o "$BRIDGE" -j ACCEPT
}

make_namespace() { # name
  local ns="berth-$1" veth="vberth-$1"
  ip netns list | grep -qx "$ns\( .*\)\?" && return 0
  ip netns add "$ns"
  ip link add "$veth" type veth peer name eth0 netns "$ns"
  ip link set "$veth" master "$BRIDGE" up
  ip -n "$ns" addr add "$(remote_ip "$1")/24" dev eth0
  ip -n "$ns" link set eth0 up
  ip -n "$ns" link set lo up
}

make_certs() { # a CA, the TLS engine's server certificate, a client certificate, and a second CA nobody uses (wrong-CA tests)
  local d="$REMOTE/tls"
  [ -f "$d/client/key.pem" ] && return 0
  mkdir -p "$d/client" "$d/other-ca"
  (
    cd "$d"
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=berth-sandbox-ca -keyout ca-key.pem -out ca.pem 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj /CN=berth-tls -keyout server-key.pem -out server.csr 2>/dev/null
    printf 'subjectAltName=IP:%s\nextendedKeyUsage=serverAuth\n' "$(remote_ip tls)" >server.ext
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 30 -extfile server.ext -out server-cert.pem 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj /CN=berth-client -keyout client/key.pem -out client.csr 2>/dev/null
    echo 'extendedKeyUsage=clientAuth' >client.ext
    openssl x509 -req -in client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 30 -extfile client.ext -out client/cert.pem 2>/dev/null
    cp ca.pem client/ca.pem
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=some-other-ca -keyout other-ca/key.pem -out other-ca/ca.pem 2>/dev/null
  )
}

start_remote_engine() { # name
  local name=$1 dir="$REMOTE/$1"
  remote_ping "$name" && return 0
  mkdir -p "$dir"
  [ -f "$dir/daemon.json" ] || echo '{}' >"$dir/daemon.json"
  rm -f "$dir/docker.pid" "$dir/docker.sock"
  local listen=(-H "unix://$dir/docker.sock")
  if [ "$name" = tls ]; then
    listen+=(-H "tcp://$(remote_ip tls):2376" --tlsverify --tlscacert "$REMOTE/tls/ca.pem"
      --tlscert "$REMOTE/tls/server-cert.pem" --tlskey "$REMOTE/tls/server-key.pem")
  fi
  # nsenter, not `ip netns exec`: the latter remounts /sys, and dockerd then fails ("Devices cgroup isn't mounted").
  nsenter --net="/var/run/netns/berth-$name" setsid dockerd --data-root "$dir/data" --exec-root "$dir/exec" \
    --pidfile "$dir/docker.pid" --config-file "$dir/daemon.json" --bridge none "${listen[@]}" \
    >>"$dir/dockerd.log" 2>&1 </dev/null &
  wait_for 60 remote_ping "$name" || { say "engine $name did not start; last lines:"; tail -n 20 "$dir/dockerd.log" >&2; return 1; }
  DOCKER_HOST="unix://$dir/docker.sock" docker image inspect berth/busybox:latest >/dev/null 2>&1 \
    || DOCKER_HOST="unix://$dir/docker.sock" docker load -q -i "$REMOTE/images.tar" >/dev/null
}

start_sshd() {
  local d="$REMOTE/ssh"
  mkdir -p "$d" /run/sshd
  [ -f "$d/host_key" ] || ssh-keygen -q -t ed25519 -N '' -C berth-ssh-host -f "$d/host_key"
  [ -f "$d/id_berth" ] || ssh-keygen -q -t ed25519 -N '' -C berth-sandbox -f "$d/id_berth"
  [ -f "$d/id_wrong" ] || ssh-keygen -q -t ed25519 -N '' -C not-authorized -f "$d/id_wrong"
  cp "$d/id_berth.pub" "$d/authorized_keys"
  local ip; ip=$(remote_ip ssh)
  cat >"$d/sshd_config" <<CONF
ListenAddress $ip
HostKey $d/host_key
PidFile $d/sshd.pid
AuthorizedKeysFile $d/authorized_keys
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
StrictModes no
UsePAM no
SetEnv DOCKER_HOST=unix://$(remote_sock ssh)
CONF
  # For the docker CLI's ssh (benchmarks): this key, and this host's key as known, without touching ~/.ssh.
  printf '%s %s\n' "$ip" "$(cut -d' ' -f1,2 "$d/host_key.pub")" >"$d/known_hosts"
  printf 'Host %s\n  User root\n  IdentityFile %s\n  IdentitiesOnly yes\n  UserKnownHostsFile %s\n' "$ip" "$d/id_berth" "$d/known_hosts" >"$d/client_config"
  mkdir -p "$REMOTE/bin"
  printf '#!/bin/sh\nexec /usr/bin/ssh -F %s "$@"\n' "$d/client_config" >"$REMOTE/bin/ssh"
  chmod +x "$REMOTE/bin/ssh"
  if [ -f "$d/sshd.pid" ] && kill -0 "$(cat "$d/sshd.pid")" 2>/dev/null; then return 0; fi
  nsenter --net=/var/run/netns/berth-ssh /usr/sbin/sshd -f "$d/sshd_config" -E "$d/sshd.log"
  wait_for 20 bash -c "exec 3<>/dev/tcp/$ip/22" 2>/dev/null
}

remotes_start() { # names (default: tls ssh)
  local names=("$@"); [ ${#names[@]} -gt 0 ] || names=(tls ssh)
  mkdir -p "$REMOTE"
  [ -f "$REMOTE/images.tar" ] || docker save -o "$REMOTE/images.tar" berth/busybox:latest berth/httpd:latest
  make_bridge
  make_certs
  local name
  for name in "${names[@]}"; do
    remote_ip "$name" >/dev/null || { say "no remote engine called $name (${REMOTE_NAMES[*]})"; return 2; }
    make_namespace "$name"
    start_remote_engine "$name"
    [ "$name" = ssh ] && start_sshd
  done
  say "remote engines up: ${names[*]}"
}

remote_engine_stop() { # name: its dockerd only (the namespace stays), as when a remote host's engine goes down
  local pidfile="$REMOTE/$1/docker.pid" pid
  [ -f "$pidfile" ] && pid=$(cat "$pidfile") && kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid"
  wait_for 60 bash -c "! kill -0 $pid 2>/dev/null" || kill -9 "$pid" 2>/dev/null || true
}

remotes_stop() {
  local name
  for name in "${REMOTE_NAMES[@]}"; do
    [ -f "$REMOTE/ssh/sshd.pid" ] && [ "$name" = ssh ] && { kill "$(cat "$REMOTE/ssh/sshd.pid")" 2>/dev/null || true; rm -f "$REMOTE/ssh/sshd.pid"; }
    remote_engine_stop "$name"
    ip netns del "berth-$name" 2>/dev/null || true
    ip link del "vberth-$name" 2>/dev/null || true
  done
  ip link del "$BRIDGE" 2>/dev/null || true
  while iptables -D DOCKER-USER -i "$BRIDGE" -o "$BRIDGE" -j ACCEPT 2>/dev/null; do :; done
}

remotes_env() { # what tests need to reach the remote engines (only those running)
  remote_ping tls && printf 'export %s=%q\n' BERTH_REMOTE_TLS "tcp://$(remote_ip tls):2376" BERTH_REMOTE_TLS_CERTS "$REMOTE/tls/client" \
    BERTH_REMOTE_TLS_OTHER_CA "$REMOTE/tls/other-ca/ca.pem" BERTH_REMOTE_TLS_SOCK "unix://$(remote_sock tls)"
  remote_ping ssh && printf 'export %s=%q\n' BERTH_REMOTE_SSH "ssh://root@$(remote_ip ssh)" BERTH_REMOTE_SSH_KEY "$REMOTE/ssh/id_berth" \
    BERTH_REMOTE_SSH_WRONG_KEY "$REMOTE/ssh/id_wrong" BERTH_REMOTE_SSH_SOCK "unix://$(remote_sock ssh)" \
    BERTH_REMOTE_SSH_HOST_KEY "$REMOTE/ssh/host_key.pub" BERTH_REMOTE_SSH_BIN "$REMOTE/bin"
  return 0
}
