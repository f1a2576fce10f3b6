#!/usr/bin/env sh
# Opens the desktop application under a virtual X display (Xvfb) on a phase preset or a design file,
# runs it (the design's own users, the run panel's defaults), waits for the run to finish and the
# window to draw, and writes a PNG of the screen. Needs Xvfb and ImageMagick's `import`
# (Debian/Ubuntu: apt-get install xvfb imagemagick).
#
#   scripts/gui-screenshot.sh 3 phase3.png            # the phase 3 preset
#   scripts/gui-screenshot.sh examples/minimal.yaml minimal.png
set -eu
what=${1:-3}
out=${2:-scalelab-gui.png}
# Longest wait for the run to finish, in seconds (a phase preset takes well under a minute on 2 cores).
timeout_s=${SCALELAB_SCREENSHOT_TIMEOUT:-300}
# Seconds to let the charts and overlay draw after the run: 3 s.
settle_s=3
here=$(cd "$(dirname "$0")/.." && pwd)
display=:$(( $$ % 400 + 100 ))
Xvfb "$display" -screen 0 1920x1200x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$app" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true' EXIT
sleep 1
case "$what" in
  [0-4]) args="--phase $what" ;;
  *) args="$what" ;;
esac
# Software rendering: a virtual display has no GPU.
log=$(mktemp)
DISPLAY=$display JAVA_TOOL_OPTIONS="-Dprism.order=sw" "$here/scalelab" gui $args --run >"$log" 2>&1 &
app=$!
waited=0
until grep -q "run finished" "$log"; do
  if ! kill -0 "$app" 2>/dev/null; then
    echo "scalelab gui stopped before the run finished:" >&2
    cat "$log" >&2
    exit 1
  fi
  if [ "$waited" -ge "$timeout_s" ]; then
    echo "the run did not finish within ${timeout_s}s" >&2
    exit 1
  fi
  sleep 1
  waited=$((waited + 1))
done
rm -f "$log"
sleep "$settle_s"
DISPLAY=$display import -window root "$out"
echo "wrote $out"
