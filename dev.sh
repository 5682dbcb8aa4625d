#!/usr/bin/env bash
# The project's one set-up path, its two main jobs, and its serving benchmark.
#
#   ./dev.sh serve [--host H] [--port P]   set up if needed, then serve the API
#   ./dev.sh test [PYTEST ARGS]            set up if needed, then run every test
#   ./dev.sh bench [--quick] [--only 1,..] set up if needed (and install wrk),
#                                          then benchmark serving; writes
#                                          bench/README.md and bench/results.json
#   ./dev.sh setup                         set up only
#
# Set-up installs SWI-Prolog (swi-prolog-nox) and Graphviz from Debian's
# packages when they are missing (and, for the tests, Chromium), creates .venv/ and installs the project
# with pinned dependencies (constraints.txt).  When all of it is already
# there it takes a second or two.
set -euo pipefail
cd "$(dirname "$0")"

VENV=.venv
STAMP=$VENV/.perbup-installed

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  echo "setup: installing Debian packages: $*" >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}

setup() {
  local missing=()
  command -v swipl >/dev/null 2>&1 || missing+=(swi-prolog-nox)
  command -v dot >/dev/null 2>&1 || missing+=(graphviz)
  python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing+=(python3-venv)
  if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi

  [ -x $VENV/bin/python ] || python3 -m venv $VENV
  local want
  want=$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)
  if [ ! -f $STAMP ] || [ "$(cat $STAMP)" != "$want" ]; then
    echo "setup: installing Python dependencies into $VENV" >&2
    $VENV/bin/pip install -q --disable-pip-version-check -c constraints.txt -e '.[test]' >&2
    echo "$want" > $STAMP
  fi
}

# Browser tests (tests/test_pages.py) drive Debian's Chromium through
# Playwright's Python API; only the test command needs it.
setup_browser() {
  command -v chromium >/dev/null 2>&1 || apt_install chromium
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
  setup) setup ;;
  serve) setup; exec $VENV/bin/perbup serve "$@" ;;
  test)  setup; setup_browser; exec $VENV/bin/pytest "$@" ;;
  bench)
    setup
    command -v wrk >/dev/null 2>&1 || apt_install wrk
    exec $VENV/bin/python bench/serving.py "$@" ;;
  *) echo "usage: ./dev.sh {serve|test|bench|setup} [ARGS]" >&2; exit 2 ;;
esac
