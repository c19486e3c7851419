#!/usr/bin/env bash
# Start-up of the packaged app, measured: starts it RUNS times (one after the other, each stopped once
# healthy) and prints per start the wall seconds until /actuator/health says UP and the CPU seconds the
# JVM had used by then (user + system, /proc/<pid>/stat), then the medians and the load average. CPU
# seconds say more than wall seconds on a machine that is doing other work too. See bench/README.md.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)

RUNS=3
PORT=${PORT:-8086}
DATA_DIR=""
FRESH=0
CDS=0
BUILD=0
REPORT=""
JAR=""
JAVA_OPTS=${BENCH_JAVA_OPTS:--XX:+UseSerialGC -Xmx384m -Xss512k}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
APP_ARGS=()

usage() {
	cat <<USAGE
usage: bench/startup.sh [--runs N] [--data-dir DIR | --fresh] [--cds] [--report N] [--port N] [--jar JAR]
                        [--build]
                        [-- application arguments]
  --runs N      starts to measure (default 3)
  --data-dir    database directory to start on (default bench/startup-data: the demo data, created by
                an unmeasured first start); e.g. bench/data for the benchmark's 10,000 vendors
  --fresh       every start on a new, empty directory instead (first start: new database, all
                migrations, demo data)
  --cds         start with a class data sharing archive (bench/cds.sh; built on first use)
  --report N    log Spring's start-up steps (the N longest) at ready: see the app log printed at the end
  --jar JAR     start this jar (default target/covenant-*.jar), e.g. an older build to compare
  --build       rebuild target/covenant-*.jar first
environment: PORT (8086), BENCH_JAVA_OPTS (default -XX:+UseSerialGC -Xmx384m -Xss512k), MALLOC_ARENA_MAX (2)
USAGE
}

while [[ $# -gt 0 ]]; do
	case "$1" in
		--runs) RUNS=$2; shift ;;
		--data-dir) DATA_DIR=$2; shift ;;
		--fresh) FRESH=1 ;;
		--cds) CDS=1 ;;
		--report) REPORT=$2; shift ;;
		--port) PORT=$2; shift ;;
		--jar) JAR=$2; shift ;;
		--build) BUILD=1 ;;
		--) shift; APP_ARGS=("$@"); break ;;
		-h|--help) usage; exit 0 ;;
		*) usage; exit 2 ;;
	esac
	shift
done

[[ -z "$JAR" ]] && JAR=$(ls target/covenant-*.jar 2>/dev/null | head -1 || true)
if [[ $BUILD == 1 || -z "$JAR" ]]; then
	echo "== building the jar"
	./mvnw -q -DskipTests package
	JAR=$(ls target/covenant-*.jar | head -1)
fi
RUN_JAR=$JAR
RUN_OPTS=$JAVA_OPTS
if [[ $CDS == 1 ]]; then
	source bench/cds.sh
	# shellcheck disable=SC2086
	cds_prepare "$JAR" "$(cd "$(dirname "$JAR")" && pwd)/cds" $JAVA_OPTS
	RUN_JAR=$CDS_JAR
	RUN_OPTS="$JAVA_OPTS $CDS_OPTS"
fi
[[ -n "$REPORT" ]] && RUN_OPTS="$RUN_OPTS -Dcovenant.startup-report=$REPORT"

WORK=$(mktemp -d /tmp/covenant-startup.XXXXXX)
APP_PID=""
stop_app() {
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill -TERM "$APP_PID"
		wait "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=""
}
trap stop_app EXIT

TICKS=$(getconf CLK_TCK)
now() { date +%s.%N; }
# user + system CPU seconds of a process so far (fields 14 and 15 of /proc/<pid>/stat, after the name)
cpu_seconds() { sed 's/^.*) //' "/proc/$1/stat" | awk -v t="$TICKS" '{ printf "%.1f", ($12 + $13) / t }'; }

# start DIR LOG: starts the app (APP_PID) and waits until it is healthy; sets WALL and CPU. Not to be
# called in a subshell: stop_app needs APP_PID.
WALL=""
CPU=""
start() {
	local begin
	if curl -s -o /dev/null "http://localhost:$PORT/" 2>/dev/null; then
		echo "something already answers on port $PORT (a leftover app?): stop it or choose --port" >&2
		exit 1
	fi
	begin=$(now)
	# shellcheck disable=SC2086
	COVENANT_DATA_DIR="$1" PORT=$PORT java $RUN_OPTS -jar "$RUN_JAR" "${APP_ARGS[@]}" > "$2" 2>&1 &
	APP_PID=$!
	until curl -fs "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
		kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$2" >&2; echo "the app did not start (log: $2)" >&2; exit 1; }
		sleep 0.1
	done
	CPU=$(cpu_seconds "$APP_PID")
	WALL=$(awk -v a="$begin" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
}

if [[ $FRESH == 0 ]]; then
	DATA_DIR=${DATA_DIR:-$ROOT/bench/startup-data}
	if [[ ! -d "$DATA_DIR/pg" ]]; then
		echo "== first start on $DATA_DIR (creates the database and the demo data; not measured)"
		start "$DATA_DIR" "$WORK/first.log"
		stop_app
	fi
fi

echo "== $RUNS starts$([[ $CDS == 1 ]] && echo ' with class data sharing' || true), JVM options: $RUN_OPTS"
WALLS=()
CPUS=()
LOADS=()
for run in $(seq 1 "$RUNS"); do
	dir=$DATA_DIR
	[[ $FRESH == 1 ]] && dir=$WORK/data-$run
	LOADS+=("$(cut -d' ' -f1 /proc/loadavg)")
	start "$dir" "$WORK/app-$run.log"
	wall=$WALL
	cpu=$CPU
	started=$(grep -o 'Started CovenantApplication in [0-9.]* seconds' "$WORK/app-$run.log" | grep -o '[0-9.]*' | head -1 || true)
	echo "   start $run: healthy after $wall s wall, $cpu s CPU (Spring: started in ${started:-?} s; load ${LOADS[-1]})"
	WALLS+=("$wall")
	CPUS+=("$cpu")
	stop_app
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "median: healthy after $(median "${WALLS[@]}") s wall, $(median "${CPUS[@]}") s CPU; load average at the starts: ${LOADS[*]} ($(nproc) cores)"
echo "logs: $WORK"
