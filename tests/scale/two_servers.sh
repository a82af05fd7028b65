#!/usr/bin/env bash
# Two stateless `motus serve` processes on one PostgreSQL behind nginx (issue 9): a member signs
# up and logs in through nginx, requests land on both servers, and when one server is killed
# the same session goes on working on the other, because sessions live in the database. At the
# end the surviving server is stopped with SIGTERM and must exit 0.
#
# nginx runs with the `location /` block of deploy/nginx.conf itself, inside a plain-HTTP
# server on loopback whose upstream lists the two servers, plus a response header naming the
# upstream that answered (so the test can see where each request went).
#
# Usage: tests/scale/two_servers.sh MOTUS_BINARY
# Needs MOTUS_TEST_POSTGRES_URL (scripts/with-postgres sets it); without it, the script runs
# itself inside scripts/with-postgres.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
motus=${1:?usage: tests/scale/two_servers.sh MOTUS_BINARY}
motus=$(cd "$(dirname "$motus")" && pwd)/$(basename "$motus")

if [ -z "${MOTUS_TEST_POSTGRES_URL:-}" ]; then
  exec "$root/scripts/with-postgres" "$0" "$motus"
fi
for tool in nginx psql curl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: run scripts/setup-deps" >&2; exit 1; }
done

work=$(mktemp -d)
chmod 755 "$work"
database="motus_scale_$$"
admin_url=$MOTUS_TEST_POSTGRES_URL
db_url="${admin_url%/*}/$database"
pids=()
nginx_pid=""
cleanup() {
  # nginx's master stops its workers on TERM; killed with -9 it would leave them running.
  if [ -n "$nginx_pid" ]; then kill -TERM "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $database" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

failures=0
check() {  # check DESCRIPTION COMMAND...
  local what=$1
  shift
  if "$@"; then
    echo "ok   - $what"
  else
    echo "FAIL - $what"
    failures=$((failures + 1))
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

psql -q "$admin_url" -c "CREATE DATABASE $database" >/dev/null
# One server applies the schema before either serves, so the two never race to migrate.
"$motus" migrate --db "$db_url" >/dev/null
psql -q "$db_url" -c "INSERT INTO organizations (id, name, enrollment_code, created_at)
  VALUES ('scale-org', 'Scale Employer', 'SCALE', 0);
INSERT INTO roster_entries (organization_id, first_name, last_name, date_of_birth, email, line)
  VALUES ('scale-org', 'ada', 'morrow', '1980-02-14', 'ada@scale.example', 2);" >/dev/null

start_server() {  # start_server NAME → sets port_NAME and pid_NAME
  local name=$1 port
  # As deploy/motus.toml: nginx on this machine is the trusted proxy. Each server keeps its own
  # audit checkpoint and key files.
  MOTUS_TRUSTED_PROXIES=127.0.0.1 MOTUS_AUDIT_CHECKPOINT_FILE="$work/$name.audit-checkpoint" \
    MOTUS_AUDIT_KEY_FILE="$work/$name.audit-key" \
    "$motus" serve --port 0 --db "$db_url" --web-root "$work/none" --content-dir "$root/content" > "$work/$name.log" 2>&1 &
  local pid=$!
  pids+=("$pid")
  for _ in $(seq 1 300); do
    port=$(grep '"msg":"listening"' "$work/$name.log" 2>/dev/null | grep -o '"port":[0-9]*' | cut -d: -f2 || true)
    [ -n "$port" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$port" ] || { echo "server $name did not start:" >&2; cat "$work/$name.log" >&2; exit 1; }
  printf -v "port_$name" '%s' "$port"
  printf -v "pid_$name" '%s' "$pid"
}
start_server a
start_server b

# The deployed proxy settings, as they are in deploy/nginx.conf: every location block.
location_block=$(awk '/^[[:space:]]*location .*\{/ {inside = 1} inside {print} inside && /^[[:space:]]*\}/ {inside = 0}' \
  "$root/deploy/nginx.conf")
grep -q 'location / {' <<<"$location_block" || { echo "no 'location /' block in deploy/nginx.conf" >&2; exit 1; }
nginx_port=$(free_port)
mkdir -p "$work/nginx/logs"
cat > "$work/nginx/nginx.conf" <<CONF
$( [ "$(id -u)" -eq 0 ] && echo "user root;" )
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 64; }
http {
    access_log $work/nginx/logs/access.log;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    upstream motus {
        server 127.0.0.1:$port_a;
        server 127.0.0.1:$port_b;
        keepalive 8;
    }
    # deploy/nginx.conf's visit-room location sends each visit's WebSocket to one server.
    upstream motus_visits {
        hash \$visit_appointment consistent;
        server 127.0.0.1:$port_a;
        server 127.0.0.1:$port_b;
    }
    server {
        listen 127.0.0.1:$nginx_port;
        client_max_body_size 2m;
        add_header X-Motus-Upstream \$upstream_addr always;
$location_block
    }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" > "$work/nginx/logs/stdout.log" 2>&1 &
nginx_pid=$!
for _ in $(seq 1 100); do
  curl -s -o /dev/null "http://127.0.0.1:$nginx_port/healthz" && break
  sleep 0.1
done
base="http://127.0.0.1:$nginx_port"

# Sign up through nginx, then log in again: two sessions, both made through the proxy.
# A browser sends its page's Origin with these; Motus refuses logins and sign-ups without it.
curl -s -D "$work/signup.headers" -o "$work/signup.body" -H 'Content-Type: application/json' -H "Origin: $base" \
  "$base/api/v1/auth/signup" \
  -d '{"email":"ada@scale.example","password":"river-lantern-oak-4","first_name":"Ada","last_name":"Morrow","date_of_birth":"1980-02-14","enrollment_code":"SCALE"}'
session_from() { grep -i '^set-cookie: __Host-motus=' "$1" | sed 's/^[^=]*=\([^;]*\);.*/\1/' | tr -d '\r'; }
signup_token=$(session_from "$work/signup.headers")
check "sign-up through nginx gives a session" test -n "$signup_token"
curl -s -D "$work/login.headers" -o /dev/null -H 'Content-Type: application/json' -H "Origin: $base" "$base/api/v1/auth/login" \
  -d '{"email":"ada@scale.example","password":"river-lantern-oak-4"}'
token=$(session_from "$work/login.headers")
check "login through nginx gives a session" test -n "$token"

status_of() {  # status_of METHOD URL [BODY] with the session cookie; prints the status
  local method=$1 url=$2 body=${3:-}
  if [ -n "$body" ]; then
    curl -s -o /dev/null -w '%{http_code}' -X "$method" -H "Cookie: __Host-motus=$token" \
      -H "Origin: ${url%%/api/*}" -H 'Content-Type: application/json' -d "$body" "$url"
  else
    curl -s -o /dev/null -w '%{http_code}' -X "$method" -H "Cookie: __Host-motus=$token" "$url"
  fi
}
# N requests to /api/v1/me through nginx; prints "STATUS UPSTREAMS" per line, where UPSTREAMS
# lists every server nginx tried, the one that answered last ("127.0.0.1:A, 127.0.0.1:B").
upstreams_of_requests() {
  for _ in $(seq 1 "$1"); do
    curl -s -o /dev/null -D - -w '%{http_code}\n' -H "Cookie: __Host-motus=$token" "$base/api/v1/me" | tr -d '\r' |
      awk 'tolower($1) == "x-motus-upstream:" {sub(/^[^:]*: */, ""); u = $0} /^[0-9][0-9][0-9]$/ {print $1, u}'
  done
}
answered_by() {  # the server that answered, from an "UPSTREAMS" list
  awk '{print $NF}'
}

intake='{"age":35,"duration_weeks":4,"pain_now":4,"locations":["sacrum_left","buttock_left","low_back"],"points_to_one_spot":true,"aggravating":["stairs","standing_one_leg","car_transfer"],"prefs":{"minutes_per_day":30}}'
check "a login through nginx without Origin is refused (login CSRF)" test "$(curl -s -o /dev/null -w '%{http_code}' \
  -H 'Content-Type: application/json' "$base/api/v1/auth/login" -d '{"email":"ada@scale.example","password":"x"}')" = 403
# Behind nginx each client has its own eligibility limit (30 checks), keyed by the address
# nginx put in X-Forwarded-For (the test's clients all sit on 127.0.0.1, so each names itself
# in the header as a browser's own proxy would; nginx appends the real peer after it).
eligibility_from() {
  curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -H "X-Forwarded-For: $1" \
    "$base/api/v1/eligibility/check" \
    -d '{"first_name":"Ada","last_name":"Morrow","date_of_birth":"1980-02-14","enrollment_code":"SCALE"}'
}
for _ in $(seq 1 30); do eligibility_from 203.0.113.5 >/dev/null; done
check "client 203.0.113.5 has used up its eligibility checks" test "$(eligibility_from 203.0.113.5)" = 429
# Ada is enrolled already, so an allowed check answers 409 (already enrolled), never 429.
check "client 203.0.113.6 behind the same nginx still may check" test "$(eligibility_from 203.0.113.6)" = 409
check "nginx does not forward /metrics" test "$(curl -s -o /dev/null -w '%{http_code}' "$base/metrics")" = 404
check "an intake posted through nginx is stored" test "$(status_of POST "$base/api/v1/me/intake" "$intake")" = 201

upstreams_of_requests 12 > "$work/before.txt"
check "all 12 requests through nginx answered 200" test "$(awk '$1 == 200' "$work/before.txt" | wc -l)" -eq 12
check "requests reached server A (port $port_a)" grep -q ":$port_a\$" <(answered_by < "$work/before.txt")
check "requests reached server B (port $port_b)" grep -q ":$port_b\$" <(answered_by < "$work/before.txt")
me_count() {  # how many GET /api/v1/me a server's own /metrics counted
  curl -s "http://127.0.0.1:$1/metrics" |
    awk '/^motus_http_requests_total/ && /route="\/api\/v1\/me"/ && /method="GET"/ {n += $NF} END {print n + 0}'
}
check "server A's /metrics counted GET /api/v1/me" test "$(me_count "$port_a")" -gt 0
check "server B's /metrics counted GET /api/v1/me" test "$(me_count "$port_b")" -gt 0
check "the program made through one server reads back through nginx" \
  test "$(status_of GET "$base/api/v1/me/program")" = 200

# Server A dies without warning; the session, kept in the database, works on B.
kill -9 "$pid_a"
wait "$pid_a" 2>/dev/null || true
check "server B answers the same session directly" test "$(status_of GET "http://127.0.0.1:$port_b/api/v1/me")" = 200
upstreams_of_requests 6 > "$work/after.txt"
check "after A is gone, 6 requests through nginx answered 200" test "$(awk '$1 == 200' "$work/after.txt" | wc -l)" -eq 6
check "after A is gone, every answer came from B" \
  test "$(answered_by < "$work/after.txt" | grep -vc ":$port_b\$")" -eq 0
check "a check-in through nginx is stored after A is gone" \
  test "$(status_of POST "$base/api/v1/me/checkins" '{"pain":3,"flare":false}')" = 201
check "the check-in is in the shared database" \
  test "$(psql -qAt "$db_url" -c "SELECT count(*) FROM member_checkins")" -eq 1

# The surviving server is stopped the way an operator would: SIGTERM, then it must finish its
# work and exit 0 on its own (the kill -9 above was the crash under test; this one is not).
stops_cleanly() {  # stops_cleanly PID: SIGTERM, up to 15 s to exit, and exit status 0
  local pid=$1 status=0
  kill -TERM "$pid"
  for _ in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "server $pid still running 15 s after SIGTERM" >&2
    return 1
  fi
  wait "$pid" || status=$?
  [ "$status" -eq 0 ] || echo "server $pid exited with status $status after SIGTERM" >&2
  [ "$status" -eq 0 ]
}
check "server B stops on SIGTERM with exit status 0" stops_cleanly "$pid_b"

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed; nginx error log:"
  cat "$work/nginx/logs/error.log" || true
  exit 1
fi
echo "two servers behind nginx: every check passed"
