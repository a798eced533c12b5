#!/usr/bin/env bash
# The project's test command: bash scripts/test.sh [extra dotnet test arguments]
#
# Starts a throwaway PostgreSQL 15 and a real SMTP server (aiosmtpd writing to a Maildir) on loopback,
# runs every test in ShopCrm.sln against them, and always stops both and removes their files.
# Works on a fresh Debian 12 with the .NET 10 SDK: as root it installs the Debian packages it needs.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_BIN=/usr/lib/postgresql/15/bin
PYTHON=/usr/bin/python3
CHROMIUM=/usr/bin/chromium
PACKAGES=(postgresql chromium fonts-dejavu-core poppler-utils python3-aiosmtpd)

step() { printf '==> %s\n' "$*"; }
fail() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

is_installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

# Runs a command as the postgres user when we are root (PostgreSQL refuses to run as root).
as_pg() {
  if is_root; then
    (cd "$WORK_DIR" && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

free_port() {
  "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

WORK_DIR=""
PG_DATA=""
SMTP_PID=""

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  set +e
  if [ -n "$PG_DATA" ] && [ -f "$PG_DATA/postmaster.pid" ]; then
    step "Stopping PostgreSQL"
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
  fi
  if [ -n "$SMTP_PID" ] && kill -0 "$SMTP_PID" 2>/dev/null; then
    step "Stopping the SMTP server"
    kill "$SMTP_PID" 2>/dev/null
    wait "$SMTP_PID" 2>/dev/null
  fi
  if [ -n "$WORK_DIR" ] && [ -d "$WORK_DIR" ]; then
    step "Removing $WORK_DIR"
    rm -rf "$WORK_DIR"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# 1. Debian packages
step "Checking Debian packages: ${PACKAGES[*]}"
missing=()
for package in "${PACKAGES[@]}"; do
  is_installed "$package" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if ! is_root; then
    fail "missing Debian packages: ${missing[*]}
Install them as root, then run this script again:
  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
  fi
  step "Installing ${missing[*]}"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi
[ -x "$PG_BIN/initdb" ] || fail "$PG_BIN/initdb not found: PostgreSQL 15 (Debian package postgresql-15) is needed"
[ -x "$PYTHON" ] || fail "$PYTHON not found"
[ -x "$CHROMIUM" ] || fail "$CHROMIUM not found"
command -v dotnet >/dev/null || fail "dotnet not found: install the .NET 10 SDK"

WORK_DIR="$(mktemp -d -t shopcrm-test.XXXXXX)"
# The postgres user must be able to reach its data and socket folders inside.
chmod 755 "$WORK_DIR"
step "Working folder $WORK_DIR"

# 2. PostgreSQL
PG_DATA="$WORK_DIR/pgdata"
PG_SOCKETS="$WORK_DIR/pgsockets"
PG_LOG="$WORK_DIR/postgres.log"
mkdir -p "$PG_DATA" "$PG_SOCKETS"
touch "$PG_LOG"
if is_root; then
  chown postgres:postgres "$PG_DATA" "$PG_SOCKETS" "$PG_LOG"
fi
PG_PORT="$(free_port)"

step "Creating a PostgreSQL 15 cluster"
# C.UTF-8 keeps case-insensitive search right for non-ASCII text (Polish, Czech, Cyrillic).
as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth-local=trust --auth-host=trust \
  --encoding=UTF8 --locale=C.UTF-8 >"$WORK_DIR/initdb.log" 2>&1 \
  || { cat "$WORK_DIR/initdb.log" >&2; fail "initdb failed"; }
# Throwaway data: durability settings off for speed.
cat >>"$PG_DATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_SOCKETS'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
EOF

step "Starting PostgreSQL on 127.0.0.1:$PG_PORT"
as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start >/dev/null \
  || { cat "$PG_LOG" >&2; fail "PostgreSQL did not start"; }
for _ in $(seq 1 60); do
  "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres && break
  sleep 0.5
done
"$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres \
  || { cat "$PG_LOG" >&2; fail "PostgreSQL is not accepting connections"; }
PG_VERSION="$("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -Atc 'SHOW server_version')" \
  || fail "psql cannot connect to PostgreSQL on 127.0.0.1:$PG_PORT"
step "PostgreSQL $PG_VERSION is ready"
export SHOPCRM_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres;Database=postgres"

# 3. SMTP server
SMTP_PORT="$(free_port)"
while [ "$SMTP_PORT" = "$PG_PORT" ]; do SMTP_PORT="$(free_port)"; done
MAIL_DIR="$WORK_DIR/maildir"
SMTP_LOG="$WORK_DIR/smtp.log"
step "Starting the SMTP server (aiosmtpd) on 127.0.0.1:$SMTP_PORT, Maildir $MAIL_DIR"
"$PYTHON" -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c aiosmtpd.handlers.Mailbox "$MAIL_DIR" >"$SMTP_LOG" 2>&1 &
SMTP_PID=$!
for _ in $(seq 1 50); do
  port_open "$SMTP_PORT" && break
  kill -0 "$SMTP_PID" 2>/dev/null || break
  sleep 0.2
done
port_open "$SMTP_PORT" || { cat "$SMTP_LOG" >&2; fail "the SMTP server did not start"; }
export SHOPCRM_TEST_SMTP_PORT="$SMTP_PORT"
export SHOPCRM_TEST_MAILDIR="$MAIL_DIR"

# 4. Browser
export SHOPCRM_TEST_CHROMIUM="$CHROMIUM"
step "Chromium: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"

# 5. Tests
export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
cd "$REPO_ROOT"
step "Running dotnet test ShopCrm.sln $*"
TEST_LOG="$WORK_DIR/dotnet-test.log"
set +e
dotnet test ShopCrm.sln --logger "console;verbosity=normal" "$@" 2>&1 | tee "$TEST_LOG"
TEST_EXIT=${PIPESTATUS[0]}
set -e
# One closing line over all test projects, from dotnet test's per-project summaries.
awk '/^ *Total tests: [0-9]+/ { inSummary = 1; next }
     inSummary && /^ *Passed: [0-9]+ *$/ { p += $2; next }
     inSummary && /^ *Failed: [0-9]+ *$/ { f += $2; next }
     inSummary && /^ *Skipped: [0-9]+ *$/ { s += $2; next }
     /^ *Total time:/ { inSummary = 0 }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$TEST_LOG"
if [ "$TEST_EXIT" -eq 0 ]; then
  step "Tests passed"
else
  step "Tests failed (exit code $TEST_EXIT)"
fi
exit "$TEST_EXIT"
