#!/usr/bin/env sh
# Opens the desktop application under a virtual X display (Xvfb) on a phase preset or a design file,
# waits for it to draw, and writes a PNG of the screen. Needs Xvfb and ImageMagick's `import`
# (Debian/Ubuntu: apt-get install xvfb imagemagick).
#
#   scripts/gui-screenshot.sh 3 phase3.png            # the phase 3 preset
#   scripts/gui-screenshot.sh examples/minimal.yaml minimal.png
set -eu
what=${1:-3}
out=${2:-scalelab-gui.png}
# Seconds to let the JVM start and JavaFX lay the window out: 15 s on a 2-core machine.
wait_s=${SCALELAB_SCREENSHOT_WAIT:-15}
here=$(cd "$(dirname "$0")/.." && pwd)
display=:$(( $$ % 400 + 100 ))
Xvfb "$display" -screen 0 1440x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$app" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true' EXIT
sleep 1
case "$what" in
  [0-4]) args="--phase $what" ;;
  *) args="$what" ;;
esac
# Software rendering: a virtual display has no GPU.
DISPLAY=$display JAVA_TOOL_OPTIONS="-Dprism.order=sw" "$here/scalelab" gui $args >/dev/null 2>&1 &
app=$!
sleep "$wait_s"
DISPLAY=$display import -window root "$out"
echo "wrote $out"
