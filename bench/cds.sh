# Class data sharing for the packaged app (sourced by bench/run.sh and bench/startup.sh; the image does
# the same in docker/Dockerfile). Spring Boot's documented way: extract the jar (application jar plus
# lib/, the layout a CDS archive can cover), run it once with -XX:ArchiveClassesAtExit and
# -Dspring.context.exit=onRefresh (the context starts, every singleton is created, then the JVM exits
# and writes the classes it loaded into the archive), and start it with -XX:SharedArchiveFile.
# The archive is only valid for the same jars at the same paths: it is rebuilt when the jar changes.
# On JDK 25 and later the same training run writes an AOT cache instead (JEP 483/514/515:
# -XX:AOTCacheOutput, started with -XX:AOTCache): classes loaded and linked ahead of time, plus method
# profiles, which does more for start-up than a CDS archive. Whichever `java` is on the PATH decides.

# cds_prepare JAR DIR [JVM options…] -> sets CDS_JAR (the extracted application jar) and CDS_OPTS
cds_prepare() {
	local jar=$1 dir=$2
	shift 2
	local source feature archive record
	feature=$(java -XshowSettings:properties -version 2>&1 | awk -F= '/java.specification.version/ { gsub(/ /, "", $2); print $2 }')
	if [[ ${feature%%.*} -ge 25 ]]; then
		archive=$dir/covenant.aot
		record="-XX:AOTCacheOutput=$archive"
		CDS_OPTS="-XX:AOTCache=$archive"
	else
		archive=$dir/covenant.jsa
		record="-XX:ArchiveClassesAtExit=$archive"
		CDS_OPTS="-XX:SharedArchiveFile=$archive"
	fi
	source="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar") $(stat -c '%Y %s' "$jar") java $feature $*"
	CDS_JAR="$dir/$(basename "$jar")"
	if [[ -f "$archive" && "$(cat "$dir/source" 2>/dev/null)" == "$source" ]]; then
		return 0
	fi
	echo "== class data sharing: extracting $jar into $dir and recording its classes (training run)"
	rm -rf "$dir"
	mkdir -p "$(dirname "$dir")"
	java -Djarmode=tools -jar "$jar" extract --destination "$dir" > "$dir-extract.log" 2>&1 \
		|| { cat "$dir-extract.log" >&2; return 1; }
	# An embedded database of its own, any free port; the JVM options of the real start, since the
	# archive must match them; the profile "bench" loads the benchmark's classes too. onRefresh halts the
	# JVM without closing the context: the database is stopped here.
	COVENANT_DATA_DIR="$dir/training" java "$@" "$record" -Dspring.context.exit=onRefresh \
		-jar "$CDS_JAR" --server.port=0 --spring.profiles.active=bench > "$dir/training.log" 2>&1 || true
	local pid
	pid=$(head -1 "$dir/training/pg/postmaster.pid" 2>/dev/null || true)
	if [[ -n "$pid" ]]; then
		kill -INT "$pid" 2>/dev/null || true
		while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
	fi
	rm -rf "$dir/training"
	[[ -f "$archive" ]] || { tail -40 "$dir/training.log" >&2; echo "the CDS training run wrote no archive" >&2; return 1; }
	echo "$source" > "$dir/source"
	echo "   archive $(du -h "$archive" | cut -f1) (Java $feature), $(grep -c . "$dir/training.log") log lines in $dir/training.log"
}
