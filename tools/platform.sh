#!/usr/bin/env bash
# The two commands of the README:
#   npm start   installs what is missing, starts Kafka and every service, Ctrl-C stops it all
#   npm test    installs what is missing, then runs every check and test (what CI runs)
set -euo pipefail
cd "$(dirname "$0")/.."

# Each step's line says how long the script has run by then, so a slow step shows in the CI log.
step() { printf '\n\033[1m== %s\033[0m  (at %d s)\n' "$*" "$SECONDS"; }

ensure_node_modules() {
  # npm ci when node_modules is missing or older than the lock file.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    step "npm ci"
    npm ci --no-audit --no-fund
  fi
}

ensure_debian_tools() {
  # kcat produces the interop test's messages with code the project did not write; poppler-utils
  # (pdftotext, pdftoppm) reads back and pictures the letters notifications renders.
  # chromium: the creditor portal's browser test drives Debian's build through playwright-core.
  local missing=()
  command -v kcat >/dev/null 2>&1 || missing+=(kcat)
  command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
  # promtool checks the alert rules; unzip unpacks the kubectl (kustomize) the manifest tests render with.
  command -v promtool >/dev/null 2>&1 || missing+=(prometheus)
  command -v unzip >/dev/null 2>&1 || missing+=(unzip)
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = "0" ]; then
    step "apt-get install ${missing[*]}"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/dev/null
  else
    echo "${missing[*]} missing and this user cannot install them: run 'sudo apt-get install ${missing[*]}'" >&2
    exit 1
  fi
}

check_prerequisites() {
  for tool in node java mvn; do
    command -v "$tool" >/dev/null 2>&1 || { echo "$tool is required (Node.js 20, Java 17 and Maven)" >&2; exit 1; }
  done
  if ! (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
    echo "PostgreSQL is not answering on 127.0.0.1:5432 (set TEST_DATABASE_SERVER / PLATFORM_DATABASE_SERVER for another server)" >&2
    exit 1
  fi
}

case "${1:-}" in
  start)
    check_prerequisites
    ensure_node_modules
    # intake serves the creditor portal at /portal/ from its build.
    [ -f services/intake/portal/dist/index.html ] || { step "build the creditor portal"; npm run -s portal:build; }
    shift
    exec node -r @swc-node/register tools/platform/run-platform.ts "$@"
    ;;
  test)
    started=$(date +%s)
    check_prerequisites
    ensure_node_modules
    ensure_debian_tools
    step "type check";                npm run -s typecheck
    step "lint (module boundaries)";  npx nx show projects >/dev/null && npm run -s lint
    step "event contracts";           npm run -s proto:check
    mkdir -p tmp
    step "unit tests";                npm run -s test:unit -- --ci --json --outputFile=tmp/unit-results.json
    step "build the creditor portal"; npm run -s portal:build
    step "integration tests (real PostgreSQL and Kafka)"; JEST_SUITES=services npm run -s test:integration -- --ci --json --outputFile=tmp/integration-results.json
    step "whole-platform tests (six services as processes; two platforms at a time, each on a broker of its own)"; JEST_SUITES=platform npm run -s test:integration -- --ci --json --outputFile=tmp/platform-results.json
    step "all checks passed in $(( $(date +%s) - started )) s"
    # One closing line in the plain form CI tools read: "tests: N passed, N failed".
    node -e 'const r=["unit","integration","platform"].map(k=>require("./tmp/"+k+"-results.json"));
      console.log(`tests: ${r.reduce((n,x)=>n+x.numPassedTests,0)} passed, ${r.reduce((n,x)=>n+x.numFailedTests,0)} failed`)' 
    ;;
  *)
    echo "usage: tools/platform.sh start|test" >&2
    exit 2
    ;;
esac
