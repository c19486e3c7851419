#!/usr/bin/env bash
# Covenant benchmark: generates data once, starts the app on it (profile "bench"), warms it up, drives
# every main page as a signed-in user at 1 and 16 clients with wrk, and prints one table. See
# bench/README.md. Needs: a JDK 17+, curl, wrk (Debian: apt-get install -y wrk).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)

QUICK=0
OLD_STATIC=0
PORT=${PORT:-8087}
DATA_DIR=${COVENANT_DATA_DIR:-$ROOT/bench/data}
WARMUP=${BENCH_WARMUP:-180}
DURATION=${BENCH_DURATION:-20}
CLIENTS=${BENCH_CLIENTS:-"1 16"}
PAGES_ONLY=""
# JVM options of the measured app (not of the generator, which needs more heap): by default the serial
# GC, a capped heap and smaller thread stacks, which keep it under 512 MB on 2 cores.
JAVA_OPTS=${BENCH_JAVA_OPTS:--XX:+UseSerialGC -Xmx384m -Xss512k}
GENERATE_ARGS=()
USER_EMAIL=admin@covenant.test
USER_PASSWORD=covenant-demo

usage() {
	cat <<EOF
usage: bench/run.sh [--quick] [--warmup S] [--duration S] [--clients "1 16"] [--pages a,b]
                    [--data-dir DIR] [--port N] [--old-static] [--build] [-- generator options]
  --quick        smoke run: 20 s warm-up, 5 s per measurement
  --warmup S     warm-up seconds over all pages (default 180: the JIT needs minutes on 2 cores)
  --duration S   seconds per page and concurrency (default 20)
  --clients      concurrencies to measure (default "1 16")
  --pages        only these pages (names as in the table; the ceiling is always measured)
  --data-dir     database directory (default bench/data; generated on first use)
  --old-static   also map static files at /** as before (to show that fix's effect)
  --build        rebuild target/covenant-*.jar first (otherwise built only when missing)
  after --        options for the generator on first use, e.g. --covenant.generate.vendors=2000
environment: PORT (8087), BENCH_JAVA_OPTS (JVM options; default -XX:+UseSerialGC -Xmx384m -Xss512k)
EOF
}

BUILD=0
while [[ $# -gt 0 ]]; do
	case "$1" in
		--quick) QUICK=1; WARMUP=20; DURATION=5 ;;
		--warmup) WARMUP=$2; shift ;;
		--duration) DURATION=$2; shift ;;
		--clients) CLIENTS=$2; shift ;;
		--pages) PAGES_ONLY=",$2,"; shift ;;
		--data-dir) DATA_DIR=$2; shift ;;
		--port) PORT=$2; shift ;;
		--old-static) OLD_STATIC=1 ;;
		--build) BUILD=1 ;;
		--) shift; GENERATE_ARGS=("$@"); break ;;
		-h|--help) usage; exit 0 ;;
		*) usage; exit 2 ;;
	esac
	shift
done

command -v wrk >/dev/null || { echo "wrk is missing (Debian: apt-get install -y wrk)" >&2; exit 2; }
DATA_DIR=$(mkdir -p "$DATA_DIR" && cd "$DATA_DIR" && pwd)
BASE=http://localhost:$PORT
WORK=$(mktemp -d /tmp/covenant-bench.XXXXXX)
APP_PID=""

stop_app() {
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill -TERM "$APP_PID"
		wait "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=""
}
trap stop_app EXIT

JAR=$(ls target/covenant-*.jar 2>/dev/null | head -1 || true)
if [[ $BUILD == 1 || -z "$JAR" ]]; then
	echo "== building the jar"
	./mvnw -q -DskipTests package
	JAR=$(ls target/covenant-*.jar | head -1)
fi

now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# --- 1. data --------------------------------------------------------------------------------------
if [[ ! -f "$DATA_DIR/generated" ]]; then
	echo "== generating data into $DATA_DIR ${GENERATE_ARGS[*]:-(default scale)}"
	start=$(now)
	COVENANT_DATA_DIR="$DATA_DIR" java ${BENCH_JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=generate \
		"${GENERATE_ARGS[@]}" > "$DATA_DIR/generate.log" 2>&1 \
		|| { tail -40 "$DATA_DIR/generate.log"; echo "generation failed (log: $DATA_DIR/generate.log)" >&2; exit 1; }
	grep -h 'Generated in' "$DATA_DIR/generate.log" | sed 's/.*: Generated/Generated/' | tee "$DATA_DIR/generated"
	echo "   (whole command $(seconds_since "$start") s, start-up included)"
fi

# --- 2. start -------------------------------------------------------------------------------------
EXTRA=()
[[ $OLD_STATIC == 1 ]] && EXTRA+=(--spring.web.resources.add-mappings=true)
echo "== starting the app on port $PORT (profile bench${EXTRA[*]:+, ${EXTRA[*]}})"
start=$(now)
COVENANT_DATA_DIR="$DATA_DIR" PORT=$PORT java $JAVA_OPTS -jar "$JAR" --spring.profiles.active=bench \
	"${EXTRA[@]}" > "$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
	kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log"; echo "the app did not start" >&2; exit 1; }
	sleep 0.2
done
HEALTHY=$(seconds_since "$start")
until grep -q 'Obligations refreshed at start-up' "$WORK/app.log"; do sleep 0.2; done
READY=$(seconds_since "$start")
STARTED=$(grep -o 'Started CovenantApplication in [0-9.]* seconds' "$WORK/app.log" | grep -o '[0-9.]*' | head -1)

# --- 3. sign in -----------------------------------------------------------------------------------
JARFILE=$WORK/cookies
csrf=$(curl -fs -c "$JARFILE" -b "$JARFILE" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$JARFILE" -b "$JARFILE" \
	--data-urlencode "username=$USER_EMAIL" --data-urlencode "password=$USER_PASSWORD" --data-urlencode "_csrf=$csrf" \
	"$BASE/login")
SESSION=$(awk '$6 == "SESSION" { print $7 }' "$JARFILE")
[[ $code == 302 && -n "$SESSION" ]] || { echo "sign-in failed (HTTP $code)" >&2; exit 1; }
COOKIE="SESSION=$SESSION"
TOKEN=$(curl -fs -b "$COOKIE" "$BASE/" | grep -o 'name="_csrf" content="[^"]*"' | sed 's/.*content="//; s/"$//')
read -r VENDOR_ID AGREEMENT_ID < <(curl -fs -b "$COOKIE" "$BASE/bench/sample" | sed 's/vendor=//; s/agreement=//')

# name | path | marker | htmx fragment
PAGES=$(cat <<EOF
ceiling|/bench/ceiling|id="ceiling-rows"|0
dashboard|/|<h1>Dashboard</h1>|0
vendors|/vendors|<h1>Vendors</h1>|0
vendors q=a|/vendors?q=a|<h1>Vendors</h1>|0
vendors q=ar|/vendors?q=ar|<h1>Vendors</h1>|0
vendors q=med|/vendors?q=med|<h1>Vendors</h1>|0
vendors q=med (htmx)|/vendors?q=med|id="vendor-live"|1
vendors active+PHI|/vendors?status=ACTIVE&phi=PHI|<h1>Vendors</h1>|0
vendor page|/vendors/$VENDOR_ID|id="section-overview"|0
vendor agreements (htmx)|/vendors/$VENDOR_ID/agreements|id="vendor-agreements"|1
agreement gaps (htmx)|/agreements/gaps?page=3|id="gaps-body"|1
agreements|/agreements|<h1>Agreements</h1>|0
agreements executed|/agreements?status=EXECUTED|<h1>Agreements</h1>|0
agreement page|/agreements/$AGREEMENT_ID|id="edit-agreement"|0
certifications|/certifications|<h1>Certifications</h1>|0
certifications expiring|/certifications?state=EXPIRING|<h1>Certifications</h1>|0
certifications missing|/certifications?state=MISSING|<h1>Certifications</h1>|0
vendor certifications (htmx)|/vendors/$VENDOR_ID/certifications|id="vendor-certifications"|1
obligations|/obligations|<h1>Obligations</h1>|0
obligations calendar|/obligations/calendar|<h1>Obligations calendar</h1>|0
audit log|/audit|<h1>Audit log</h1>|0
notifications|/notifications|<h1>Notifications</h1>|0
EOF
)
if [[ -n "$PAGES_ONLY" ]]; then
	PAGES=$(echo "$PAGES" | while IFS='|' read -r name rest; do
		[[ $name == ceiling || $PAGES_ONLY == *",$name,"* ]] && echo "$name|$rest"; done || true)
fi

counters() { curl -s -m 120 -b "$COOKIE" "$BASE/bench/statements"; }
# "<statements> <requests served>" so far, the benchmark's own requests not included
statements() { counters | sed -n 's/^statements=\([0-9]*\) served=\([0-9]*\).*/\1 \2/p'; }
# wrk does not wait for the answers still being computed when it stops: wait until the app serves
# nothing but this request before the next measurement starts.
wait_idle() {
	until counters | grep -q ' inflight=1$'; do sleep 0.5; done
}

# run_wrk NAME PATH MARKER HX CLIENTS SECONDS -> RESULT line
run_wrk() {
	local threads=$(( $5 < 2 ? 1 : 2 ))
	BENCH_MARKER="$3" BENCH_COOKIE="$COOKIE" BENCH_HX="$4" \
		wrk -t"$threads" -c"$5" -d"$6"s --timeout 30s -s bench/page.lua "$BASE$2" | grep '^RESULT'
}

# --- 4. warm-up -----------------------------------------------------------------------------------
count=$(echo "$PAGES" | wc -l)
per=$(( WARMUP / count > 1 ? WARMUP / count : 1 ))
echo "== warming up: ${WARMUP} s over $count pages (4 clients)"
while IFS='|' read -r name path marker hx; do
	result=$(run_wrk "$name" "$path" "$marker" "$hx" 4 "$per")
	wait_idle
	if [[ $result != *" failures=0 "* || $result != *" errors=0" ]]; then
		echo "   $name: some responses were not the page: $result" >&2
	fi
done <<< "$PAGES"

# --- 5. measure -----------------------------------------------------------------------------------
echo "== measuring ${DURATION} s per page and concurrency"
RESULTS=$WORK/results
: > "$RESULTS"
for clients in $CLIENTS; do
	while IFS='|' read -r name path marker hx; do
		before=$(statements)
		result=$(run_wrk "$name" "$path" "$marker" "$hx" "$clients" "$DURATION")
		wait_idle
		after=$(statements)
		echo "$name|$clients|$result|${before% *}|${after% *}|${before#* }|${after#* }" >> "$RESULTS"
	done <<< "$PAGES"
done

# --- 6. batch work and memory ---------------------------------------------------------------------
RSS_MB=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))
GAPS=$(curl -fs -X POST -b "$COOKIE" -H "X-CSRF-TOKEN: $TOKEN" "$BASE/bench/gaps" || echo "failed")
REMINDERS=$(curl -fs -m 1800 -X POST -b "$COOKIE" -H "X-CSRF-TOKEN: $TOKEN" "$BASE/bench/reminder-run" || echo "failed")
stop_app

# --- 7. report ------------------------------------------------------------------------------------
echo
echo "Covenant benchmark $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM"
echo "data: $(cat "$DATA_DIR/generated" 2>/dev/null || echo "$DATA_DIR")"
echo "warm-up ${WARMUP} s, ${DURATION} s per measurement$([[ $OLD_STATIC == 1 ]] && echo ', static files ALSO mapped at /** (old behaviour)' || true)"
echo
awk -F'|' '
function field(line, key,   m) { return match(line, key "=[0-9]+") ? substr(line, RSTART + length(key) + 1, RLENGTH - length(key) - 1) + 0 : 0 }
{
	name[NR] = $1; clients[NR] = $2; line = $3
	requests = field(line, "requests"); secs = field(line, "duration_us") / 1e6
	rps[NR] = secs > 0 ? requests / secs : 0
	p50[NR] = field(line, "p50_us") / 1000; p99[NR] = field(line, "p99_us") / 1000
	responses = field(line, "responses")
	kb[NR] = responses > 0 ? field(line, "body_bytes") / responses / 1024 : 0
	bad[NR] = field(line, "failures") + field(line, "errors")
	served = $7 - $6
	sql[NR] = served > 0 ? ($5 - $4) / served : 0
	if ($1 == "ceiling") ceiling[$2] = rps[NR]
}
END {
	printf "%-22s %7s %9s %9s %9s %9s %8s %9s %6s\n", "page", "clients", "req/s", "p50 ms", "p99 ms", "KB", "SQL/req", "x ceiling", "bad"
	for (i = 1; i <= NR; i++) {
		ratio = ceiling[clients[i]] > 0 ? rps[i] / ceiling[clients[i]] : 0
		printf "%-22s %7d %9.1f %9.1f %9.1f %9.1f %8.1f %9.2f %6d\n", name[i], clients[i], rps[i], p50[i], p99[i], kb[i], sql[i], ratio, bad[i]
	}
}' "$RESULTS"
echo
echo "start-up: healthy after ${HEALTHY} s, start-up obligation refresh done after ${READY} s (Spring: started in ${STARTED:-?} s)"
echo "RSS after load: ${RSS_MB} MB"
echo "compliance gap full rebuild (all vendors, stored): $GAPS"
echo "daily reminder run over all obligations: $REMINDERS"
echo "app log: $WORK/app.log"
