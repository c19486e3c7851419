#!/usr/bin/env bash
# Covenant benchmark: generates data once, starts the app on it (profile "bench"), warms it up, drives
# every main page as a signed-in user at 1 and 16 clients with wrk, and prints one table. See
# bench/README.md. Needs: a JDK 17+, curl, wrk (Debian: apt-get install -y wrk).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)

QUICK=0
OLD_STATIC=0
TWO=0
CDS=0
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
# glibc gives each thread that allocates natively an arena of its own (up to 8 per core): two keep
# native memory small, as in the container image.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
USER_EMAIL=admin@covenant.test
USER_PASSWORD=covenant-demo

usage() {
	cat <<EOF
usage: bench/run.sh [--quick] [--warmup S] [--duration S] [--clients "1 16"] [--pages a,b]
                    [--data-dir DIR] [--port N] [--old-static] [--two-instances] [--cds] [--build]
                    [-- generator options]
  --quick        smoke run: 20 s warm-up, 5 s per measurement
  --warmup S     warm-up seconds over all pages (default 180: the JIT needs minutes on 2 cores)
  --duration S   seconds per page and concurrency (default 20)
  --clients      concurrencies to measure (default "1 16")
  --pages        only these pages (names as in the table; the ceiling is always measured)
  --data-dir     database directory (default bench/data; generated on first use)
  --old-static   also map static files at /** as before (to show that fix's effect)
  --two-instances  also start a second instance (port+1) on the same database and measure both
                 together: the same session on both, half the clients each, combined req/s
  --cds          start the measured app with a class data sharing archive (bench/cds.sh, as the
                 container image does; built on first use into target/cds)
  --build        rebuild target/covenant-*.jar first (otherwise built when missing or older than the sources)
  after --        options for the generator on first use, e.g. --covenant.generate.vendors=2000
environment: PORT (8087), BENCH_JAVA_OPTS (JVM options; default -XX:+UseSerialGC -Xmx384m -Xss512k),
             MALLOC_ARENA_MAX (glibc malloc arenas of the app; default 2)
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
		--two-instances) TWO=1 ;;
		--cds) CDS=1 ;;
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
APP2_PID=""

stop_app() {
	for pid in "$APP2_PID" "$APP_PID"; do
		if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
			kill -TERM "$pid"
			wait "$pid" 2>/dev/null || true
		fi
	done
	APP_PID=""
	APP2_PID=""
}
trap stop_app EXIT

JAR=$(ls target/covenant-*.jar 2>/dev/null | head -1 || true)
# a jar older than any source would measure (and generate data with) code that is no longer there
if [[ -n "$JAR" && -n "$(find pom.xml src/main db templates -newer "$JAR" -type f 2>/dev/null | head -1)" ]]; then
	echo "== $JAR is older than the sources"
	BUILD=1
fi
if [[ $BUILD == 1 || -z "$JAR" ]]; then
	echo "== building the jar"
	./mvnw -q -DskipTests package
	JAR=$(ls target/covenant-*.jar | head -1)
fi

RUN_JAR=$JAR
if [[ $CDS == 1 ]]; then
	source bench/cds.sh
	# shellcheck disable=SC2086
	cds_prepare "$JAR" "$ROOT/target/cds" $JAVA_OPTS
	RUN_JAR=$CDS_JAR
	JAVA_OPTS="$JAVA_OPTS $CDS_OPTS"
fi

now() { date +%s.%N; }
TICKS=$(getconf CLK_TCK)
# user + system CPU seconds of a process so far (fields 14 and 15 of /proc/<pid>/stat, after the name)
cpu_seconds() { sed 's/^.*) //' "/proc/$1/stat" | awk -v t="$TICKS" '{ printf "%.1f", ($12 + $13) / t }'; }
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
echo "== starting the app on port $PORT (profile bench${EXTRA[*]:+, ${EXTRA[*]}}$([[ $CDS == 1 ]] && echo ', class data sharing' || true))"
start=$(now)
START_LOAD=$(cut -d' ' -f1 /proc/loadavg)
COVENANT_DATA_DIR="$DATA_DIR" PORT=$PORT java $JAVA_OPTS -jar "$RUN_JAR" --spring.profiles.active=bench \
	"${EXTRA[@]}" > "$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
	kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log"; echo "the app did not start" >&2; exit 1; }
	sleep 0.2
done
HEALTHY_CPU=$(cpu_seconds "$APP_PID")
HEALTHY=$(seconds_since "$start")
until grep -q 'Obligations refreshed at start-up' "$WORK/app.log"; do sleep 0.2; done
READY=$(seconds_since "$start")
STARTED=$(grep -o 'Started CovenantApplication in [0-9.]* seconds' "$WORK/app.log" | grep -o '[0-9.]*' | head -1)

# --- 3. sign in -----------------------------------------------------------------------------------
# sign_in BASE -> the SESSION cookie of a fresh sign-in
sign_in() {
	local jar=$WORK/cookies-${1##*:} csrf code session
	csrf=$(curl -fs -c "$jar" -b "$jar" "$1/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
	code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
		--data-urlencode "username=$USER_EMAIL" --data-urlencode "password=$USER_PASSWORD" --data-urlencode "_csrf=$csrf" \
		"$1/login")
	session=$(awk '$6 == "SESSION" { print $7 }' "$jar")
	[[ $code == 302 && -n "$session" ]] || { echo "sign-in failed (HTTP $code)" >&2; return 1; }
	echo "SESSION=$session"
}
COOKIE=$(sign_in "$BASE")
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
vendor audits|/certifications/audits|<h1>Vendor audits</h1>|0
vendor audits overdue|/certifications/audits?due=OVERDUE|<h1>Vendor audits</h1>|0
vendor audits section (htmx)|/vendors/$VENDOR_ID/audits|id="vendor-audits"|1
assessments|/assessments|<h1>Assessments</h1>|0
vendor assessments (htmx)|/vendors/$VENDOR_ID/assessments|id="vendor-assessments"|1
findings|/findings|<h1>Findings</h1>|0
findings overdue|/findings?overdue=true|<h1>Findings</h1>|0
vendor findings (htmx)|/vendors/$VENDOR_ID/findings|id="vendor-findings"|1
incidents|/incidents|<h1>Incidents</h1>|0
vendor incidents (htmx)|/vendors/$VENDOR_ID/incidents|id="vendor-incidents"|1
IR commitments|/vendors/$VENDOR_ID/ir-commitment|id="ir-summary-title"|0
risk register|/risk|<h1>Risk register</h1>|0
risk register HIGH|/risk?tier=HIGH|<h1>Risk register</h1>|0
risk queue|/risk/queue|<h1>Review queue</h1>|0
vendor risk|/risk/vendors/$VENDOR_ID|id="risk-factors"|0
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

# --- 5b. two instances on one database (--two-instances) -------------------------------------------
# The second instance connects to the first one's embedded PostgreSQL and is signed in on its own.
# Each page at the highest concurrency: half the clients on
# each instance at the same time, req/s added up, next to the single instance's figure.
TWO_RESULTS=$WORK/two
: > "$TWO_RESULTS"
if [[ $TWO == 1 ]]; then
	PORT2=$((PORT + 1))
	BASE2=http://localhost:$PORT2
	PG_PORT=$(sed -n 4p "$DATA_DIR/pg/postmaster.pid")
	echo "== starting a second instance on port $PORT2 (database of the first, port $PG_PORT)"
	# Demo mode (no second factor for the demo accounts) follows from the embedded database: say it.
	COVENANT_MFA_REQUIRED_ROLES=none COVENANT_ENCRYPTION_KEY="$(cat "$DATA_DIR/encryption.key")" PORT=$PORT2 java $JAVA_OPTS -jar "$RUN_JAR" --spring.profiles.active=bench \
		--spring.datasource.url="jdbc:postgresql://localhost:$PG_PORT/postgres" --spring.datasource.username=postgres \
		--spring.datasource.password="$(cat "$DATA_DIR/db.password")" "${EXTRA[@]}" > "$WORK/app2.log" 2>&1 &
	APP2_PID=$!
	until curl -fs "$BASE2/actuator/health" 2>/dev/null | grep -q '"UP"'; do
		kill -0 "$APP2_PID" 2>/dev/null || { tail -40 "$WORK/app2.log"; echo "the second instance did not start" >&2; exit 1; }
		sleep 0.2
	done
	COOKIE2=$(sign_in "$BASE2")
	# One request alone first, as on the first instance: concurrent first requests of a new session
	# race to store the same session attribute.
	[[ $(curl -fs -b "$COOKIE2" "$BASE2/") == *'<h1>Dashboard</h1>'* ]] \
		|| { curl -s -o /dev/null -w 'HTTP %{http_code} %{redirect_url}\n' -b "$COOKIE2" "$BASE2/" >&2
			echo "the second instance does not show the dashboard when signed in" >&2; exit 1; }
	max_clients=$(echo $CLIENTS | tr ' ' '\n' | sort -n | tail -1)
	half=$(( max_clients / 2 > 0 ? max_clients / 2 : 1 ))
	echo "== warming up the second instance, then measuring both: $half clients each"
	while IFS='|' read -r name path marker hx; do
		BENCH_MARKER="$marker" BENCH_COOKIE="$COOKIE2" BENCH_HX="$hx" \
			wrk -t1 -c2 -d"$(( per > 1 ? per / 2 : 1 ))"s --timeout 30s -s bench/page.lua "$BASE2$path" > /dev/null
	done <<< "$PAGES"
	while IFS='|' read -r name path marker hx; do
		pids=()
		for base in "$BASE" "$BASE2"; do
			cookie=$COOKIE
			[[ $base == "$BASE2" ]] && cookie=$COOKIE2
			BENCH_MARKER="$marker" BENCH_COOKIE="$cookie" BENCH_HX="$hx" \
				wrk -t1 -c"$half" -d"$DURATION"s --timeout 30s -s bench/page.lua "$base$path" \
				| grep '^RESULT' > "$WORK/two-${base##*:}" &
			pids+=($!)
		done
		wait "${pids[@]}" || true
		wait_idle
		echo "$name|$max_clients|$(cat "$WORK/two-$PORT")|$(cat "$WORK/two-$PORT2")" >> "$TWO_RESULTS"
	done <<< "$PAGES"
fi

# --- 6. batch work and memory ---------------------------------------------------------------------
RSS_MB=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))
GAPS=$(curl -fs -X POST -b "$COOKIE" -H "X-CSRF-TOKEN: $TOKEN" "$BASE/bench/gaps" || echo "failed")
RISK=$(curl -fs -m 1800 -X POST -b "$COOKIE" -H "X-CSRF-TOKEN: $TOKEN" "$BASE/bench/risk" || echo "failed")
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
if [[ -s "$TWO_RESULTS" ]]; then
	echo
	echo "two instances on one database (half the clients on each, at the same time):"
	awk -F'|' '
	function field(line, key,   m) { return match(line, key "=[0-9]+") ? substr(line, RSTART + length(key) + 1, RLENGTH - length(key) - 1) + 0 : 0 }
	function rps(line,   secs) { secs = field(line, "duration_us") / 1e6; return secs > 0 ? field(line, "requests") / secs : 0 }
	NR == FNR { if ($2 == max) single[$1] = rps($3); next }
	{
		a = rps($3); b = rps($4); p99 = field($3, "p99_us") > field($4, "p99_us") ? field($3, "p99_us") : field($4, "p99_us")
		bad = field($3, "failures") + field($3, "errors") + field($4, "failures") + field($4, "errors")
		printf "%-22s %7d %12.1f %12.1f %12.1f %12.1f %9.1f %6d\n", $1, $2, single[$1], a, b, a + b, p99 / 1000, bad
	}
	BEGIN { printf "%-22s %7s %12s %12s %12s %12s %9s %6s\n", "page", "clients", "1 inst req/s", "inst A req/s", "inst B req/s", "A+B req/s", "p99 ms", "bad" }
	' max="$max_clients" "$RESULTS" "$TWO_RESULTS"
fi
echo
echo "start-up: healthy after ${HEALTHY} s (${HEALTHY_CPU} s of JVM CPU, load ${START_LOAD})$([[ $CDS == 1 ]] && echo ' with class data sharing' || true), start-up obligation refresh done after ${READY} s (Spring: started in ${STARTED:-?} s)"
echo "RSS after load: ${RSS_MB} MB"
echo "compliance gap full rebuild (all vendors, stored): $GAPS"
echo "risk score full rebuild (all vendors, stored): $RISK"
echo "daily reminder run over all obligations: $REMINDERS"
echo "app log: $WORK/app.log"
