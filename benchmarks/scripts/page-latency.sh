#!/bin/bash
# Page latency and CPU of the packaged portal on its embedded defaults (demo data), signed in as coach.
# usage: benchmarks/scripts/page-latency.sh JAR PORT N [USER [PAGE...]]
#   starts JAR in an empty temporary folder on PORT, signs in as USER (default coach; password USER-demo)
#   through the embedded OpenID Connect login, requests N times each PAGE (default /candidates, /listings,
#   /proposals and /reports) on one keep-alive connection
#   (a warm-up round, then the timed round), prints wall and portal CPU (from /proc/<pid>/stat) per page,
#   and stops the portal. PORTAL_ARGS (environment) go to the portal, e.g. PORTAL_ARGS=--talent.demo.listings=600.
#   Used for docs/performance.md, "Page links looked up as files" and "Listing choosers and home cards".
set -euo pipefail
jar=$(realpath "$1"); port=$2; n=$3; user=${4:-coach}
pages=("${@:5}"); [ ${#pages[@]} -gt 0 ] || pages=(/candidates /listings /proposals /reports)
dir=$(mktemp -d); cd "$dir"
# shellcheck disable=SC2086
java -Xmx1g -jar "$jar" --server.port="$port" ${PORTAL_ARGS:-} > app.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 1 180); do curl -sf -o /dev/null "http://localhost:$port/actuator/health" && break; sleep 1; done
jar_cookies=$dir/cookies
for _ in $(seq 1 30); do   # the demo accounts are written just after the portal is up
  rm -f "$jar_cookies"
  csrf=$(curl -s -L -c "$jar_cookies" -b "$jar_cookies" "http://localhost:$port/candidates" \
    | grep -o 'name="_csrf"[^>]*value="[^"]*"\|value="[^"]*"[^>]*name="_csrf"' | head -1 | sed 's/.*value="\([^"]*\)".*/\1/')
  landed=$(curl -s -L -c "$jar_cookies" -b "$jar_cookies" -o /dev/null -w '%{url_effective}' \
    --data-urlencode "username=$user" --data-urlencode "password=$user-demo" --data-urlencode "_csrf=$csrf" \
    "http://localhost:$port/login")
  [[ $landed == *error* ]] || break
  sleep 2
done
urls=()
for page in "${pages[@]}"; do
  for _ in $(seq 1 "$n"); do urls+=(-o /dev/null "http://localhost:$port$page"); done
done
echo "warm-up statuses: $(curl -s -b "$jar_cookies" "${urls[@]}" -w '%{http_code}\n' | sort | uniq -c | tr -s ' \n' ' ')"
cpu0=$(awk '{print $14+$15}' /proc/$pid/stat); t0=$(date +%s%N)
statuses=$(curl -s -b "$jar_cookies" "${urls[@]}" -w '%{http_code}\n' | sort | uniq -c | tr -s ' \n' ' ')
cpu1=$(awk '{print $14+$15}' /proc/$pid/stat); t1=$(date +%s%N)
total=$((${#pages[@]} * n)); tick=$(getconf CLK_TCK)
echo "$(basename "$jar") as $user: $total pages (statuses:$statuses), wall $(( (t1 - t0) / 1000000 / total )) ms/page," \
  "portal CPU $(( (cpu1 - cpu0) * 1000 / tick / total )) ms/page"
