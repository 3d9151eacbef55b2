#!/usr/bin/env bash
# `npm run demo` (Linux, root): the sandbox engine with a few sample containers, and Berth on it.
# Your own Docker is never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/sandbox.sh start
eval "$(bash scripts/sandbox.sh env)"
sample() { docker inspect "$1" >/dev/null 2>&1 || docker run -d --name "$@" >/dev/null; }
sample demo-web -p 127.0.0.1:8088:8080 berth/httpd
sample demo-shop-web -l com.docker.compose.project=shop -l com.docker.compose.service=web berth/httpd
sample demo-shop-worker -l com.docker.compose.project=shop -l com.docker.compose.service=worker berth/busybox sh -c 'while true; do date; sleep 5; done'
docker inspect demo-idle >/dev/null 2>&1 || docker create --name demo-idle berth/busybox >/dev/null
exec npm start
