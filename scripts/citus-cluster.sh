#!/usr/bin/env bash
# A throwaway Citus cluster on loopback for tests and benches: a coordinator and two workers, each
# its own PostgreSQL 15 server under DIR, trust auth, listening on 127.0.0.1 only.
#   citus-cluster.sh start DIR   create (first time) and start the servers, register the workers,
#                                print the coordinator's URL last
#   citus-cluster.sh stop DIR    stop them (DIR stays; start reuses it)
# Needs PostgreSQL 15 with the citus extension installed. Ports: CITUS_PORT (default 5450) and the
# two after it.
set -euo pipefail
cmd=${1:?usage: citus-cluster.sh start|stop DIR}; dir=${2:?usage: citus-cluster.sh start|stop DIR}
port=${CITUS_PORT:-5450}
bin=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || dirname "$(command -v pg_ctl)")
run_as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$(printf '%q ' "$@")"; else "$@"; fi; }
sql() { psql -h 127.0.0.1 -p "$1" -U postgres -v ON_ERROR_STOP=1 -qAt -d "$2" -c "$3"; }

start_node() { # name port
  local data="$dir/$1"
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data"
    [ "$(id -u)" = 0 ] && chown postgres "$dir" "$data"
    run_as_pg "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    printf '%s\n' "listen_addresses = '127.0.0.1'" "port = $2" "unix_socket_directories = '$dir'" \
      "shared_preload_libraries = 'citus'" "max_connections = 300" "citus.propagate_set_commands = 'local'" \
      "fsync = off" "synchronous_commit = off" >>"$data/postgresql.conf"
  fi
  [ -f "$data/postmaster.pid" ] && run_as_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1 && return
  run_as_pg "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w start >/dev/null
}

case "$cmd" in
  start)
    if [ ! -f "$("$bin/pg_config" --pkglibdir 2>/dev/null || echo /usr/lib/postgresql/15/lib)/citus.so" ]; then
      echo "citus-cluster: the citus extension is not installed for PostgreSQL 15" >&2; exit 3
    fi
    mkdir -p "$dir"; [ "$(id -u)" = 0 ] && chown postgres "$dir"
    start_node coordinator "$port"; start_node worker1 $((port + 1)); start_node worker2 $((port + 2))
    for p in "$port" $((port + 1)) $((port + 2)); do
      [ -n "$(sql "$p" postgres "select 1 from pg_database where datname = 'spejl'")" ] || sql "$p" postgres "create database spejl"
      sql "$p" spejl "create extension if not exists citus"
    done
    sql "$port" spejl "select citus_set_coordinator_host('127.0.0.1', $port)" >/dev/null
    for p in $((port + 1)) $((port + 2)); do
      [ -n "$(sql "$port" spejl "select 1 from pg_dist_node where nodeport = $p")" ] || sql "$port" spejl "select citus_add_node('127.0.0.1', $p)" >/dev/null
    done
    echo "postgres://postgres@127.0.0.1:$port/spejl"
    ;;
  stop)
    for n in worker2 worker1 coordinator; do
      [ -f "$dir/$n/postmaster.pid" ] && run_as_pg "$bin/pg_ctl" -D "$dir/$n" -m fast -w stop >/dev/null || true
    done
    ;;
  *) echo "usage: citus-cluster.sh start|stop DIR" >&2; exit 2 ;;
esac
