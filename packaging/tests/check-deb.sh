#!/usr/bin/env bash
# Builds the .deb from a configured build tree, checks it the way Debian would, installs it into a
# throwaway root and starts the installed program: --version, then the window in demo mode under Xvfb
# (its demo operator a child process that must end with it); the app must not link Qt HTTP Server or
# Qt PDF (the preview plugin's); the month-close systemd user units are shipped, and not enabled.
set -euo pipefail
build_dir=$1
source_dir=$2
work=$(mktemp -d -t sipcabinet-deb.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "== desktop entry and AppStream metadata"
desktop-file-validate "$source_dir/packaging/linux/org.sipcabinet.SipCabinet.desktop"
appstreamcli validate --no-net "$source_dir/packaging/linux/org.sipcabinet.SipCabinet.metainfo.xml"

echo "== cpack"
(cd "$build_dir" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
echo "built $(basename "$deb")"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

echo "== lintian (errors fail the check)"
lintian --fail-on error --tag-display-limit 0 "$deb"

echo "== the package's files"
dpkg-deb --contents "$deb" | awk '{print $6}' | tee "$work/contents.txt"
for expected in ./usr/bin/sipcabinet ./usr/libexec/sipcabinet/operator-sandbox \
    ./usr/lib/sipcabinet/sipcabinet_pdfpreview.so \
    ./usr/share/sipcabinet/operator.json \
    ./usr/share/sipcabinet/manual/manual.md \
    ./usr/share/applications/org.sipcabinet.SipCabinet.desktop \
    ./usr/share/metainfo/org.sipcabinet.SipCabinet.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.sipcabinet.SipCabinet.svg \
    ./usr/share/icons/hicolor/48x48/apps/org.sipcabinet.SipCabinet.png \
    ./usr/share/icons/hicolor/256x256/apps/org.sipcabinet.SipCabinet.png \
    ./usr/lib/systemd/user/sipcabinet-close-month.service \
    ./usr/lib/systemd/user/sipcabinet-close-month.timer; do
  grep -qx "$expected" "$work/contents.txt" || { echo "missing from the package: $expected"; exit 1; }
done

echo "== the month-close timer is shipped, not enabled"
# Enabled would be a symlink in a .wants folder (under /etc/systemd), or a maintainer script enabling it.
if grep -E '^\./etc/systemd/|\.wants/' "$work/contents.txt"; then
  echo "the package enables a systemd unit; the month-close timer must ship disabled"; exit 1
fi
dpkg-deb -e "$deb" "$work/control"
if grep -lE 'systemctl|deb-systemd-helper' "$work/control"/*; then
  echo "a maintainer script enables a systemd unit; the month-close timer must ship disabled"; exit 1
fi

echo "== install into a throwaway root and run"
dpkg-deb -x "$deb" "$work/root"
# The product is proprietary: the GPL-only Qt HTTP Server is the demo operator's, a program of its own.
if ldd "$work/root/usr/bin/sipcabinet" | grep -i httpserver; then
  echo "sipcabinet links Qt HTTP Server; only operator-sandbox may"; exit 1
fi
# Qt PDF is the preview plugin's, loaded when the archive first shows a document, not at start.
if ldd "$work/root/usr/bin/sipcabinet" | grep -i libQt6Pdf; then
  echo "sipcabinet links Qt PDF; only its preview plugin may"; exit 1
fi
if ldd "$work/root/usr/lib/sipcabinet/sipcabinet_pdfpreview.so" | grep "not found"; then
  echo "the preview plugin's libraries are not all there"; exit 1
fi
version=$("$work/root/usr/bin/sipcabinet" --version)
echo "$version"
[[ "$version" == *"$(dpkg-deb -f "$deb" Version)"* ]] || { echo "--version does not name the package version"; exit 1; }

export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" XDG_CACHE_HOME="$work/home/cache"
mkdir -p "$HOME"
status=0
xvfb-run -a timeout 8 "$work/root/usr/bin/sipcabinet" --demo --lang ru >"$work/run.log" 2>&1 || status=$?
if [ "$status" -ne 124 ]; then
  echo "the installed app did not keep running in demo mode (exit $status):"
  cat "$work/run.log"
  exit 1
fi
[ -f "$XDG_DATA_HOME/SIP Cabinet/SIP Cabinet/demo-operator/operator.sqlite" ] || {
  echo "the installed app did not start its demo operator"; ls -R "$work/home"; exit 1; }
# timeout ended the app with SIGTERM, as a crash would: its operator must end with it.
sandbox="$work/root/usr/libexec/sipcabinet/operator-sandbox"
# (anchored: the loop's own command line names the program too)
if ! timeout 10 bash -c "while pgrep -f '^$sandbox' >/dev/null; do sleep 0.1; done"; then
  echo "the demo operator kept running after the app was gone"; pkill -f "^$sandbox"; exit 1
fi
echo "the installed app ran for 8 s in demo mode with its operator, which ended with it"
