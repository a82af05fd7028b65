#!/usr/bin/env bash
# The Debian package, built and installed into a throwaway root with `dpkg --root` (maintainer
# scripts run outside the root with DPKG_ROOT set, so the postinst writes the motus user into
# the root's /etc/passwd and leaves the host alone). Checks the files, the conffile, the user,
# the hardened unit, that the installed binary runs and checks the installed knowledge base,
# and that removing keeps the conffile. Usage: tests/package/deb_install_test.sh path/to/motus
set -euo pipefail
binary=$(realpath "${1:?usage: $0 path/to/motus}")
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

deb=$("$src/scripts/build-deb" "$binary" "$work/out" | tail -1)
[ -f "$deb" ] || fail "no package built"
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB); lintian: $(grep -c '^W:' "$work/out/lintian.txt" || true) warnings, no errors"

root="$work/root"
mkdir -p "$root/etc" "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
printf 'root:x:0:0:root:/root:/bin/sh\n' > "$root/etc/passwd"
printf 'root:x:0:\n' > "$root/etc/group"
printf 'root:*:19000:0:99999:7:::\n' > "$root/etc/shadow"
printf 'root:*::\n' > "$root/etc/gshadow"
cp /etc/login.defs "$root/etc/login.defs"
host_users=$(sha256sum /etc/passwd /etc/group)

dpkg --root="$root" --force-script-chrootless --force-depends --log=/dev/null -i "$deb" > "$work/dpkg.log" 2>&1 ||
  { cat "$work/dpkg.log"; fail "dpkg --root -i failed"; }
dpkg --root="$root" -s motus | grep -q '^Status: install ok installed' || fail "motus is not installed in the root"

for f in usr/bin/motus usr/share/motus/web/index.html usr/share/motus/content etc/motus/motus.toml \
         lib/systemd/system/motus.service usr/share/doc/motus/copyright; do
  [ -e "$root/$f" ] || fail "/$f is missing"
done
[ -x "$root/usr/bin/motus" ] || fail "/usr/bin/motus is not executable"
grep -qx '/etc/motus/motus.toml' "$root/var/lib/dpkg/info/motus.conffiles" || fail "motus.toml is no conffile"

grep -q '^motus:x:[0-9]*:[0-9]*:Motus server:/var/lib/motus:/usr/sbin/nologin$' "$root/etc/passwd" ||
  fail "the postinst did not create the motus system user: $(cat "$root/etc/passwd")"
grep -q '^motus:' "$root/etc/group" || fail "no motus group"
[ "$(sha256sum /etc/passwd /etc/group)" = "$host_users" ] || fail "the host's users changed"
grep -q 'adduser --system --group --home /var/lib/motus' "$root/var/lib/dpkg/info/motus.postinst" ||
  fail "the postinst does not create the user on a real system"

unit="$root/lib/systemd/system/motus.service"
for directive in 'User=motus' 'ExecStart=/usr/bin/motus serve --config /etc/motus/motus.toml' \
                 'NoNewPrivileges=true' 'ProtectSystem=strict' 'PrivateTmp=true' \
                 'StateDirectory=motus' 'LimitNOFILE=65536' 'UMask=0077' 'ProtectHome=true' \
                 'CapabilityBoundingSet='; do
  grep -qx "$directive" "$unit" || fail "the unit lacks $directive"
done
if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify --root="$root" /lib/systemd/system/motus.service 2>&1 | grep -v 'not found\|Failed to' || true
fi

"$root/usr/bin/motus" --version | grep -q "$("$binary" --version)" || fail "the installed motus --version differs"
"$root/usr/bin/motus" content check "$root/usr/share/motus/content" > "$work/content.log" 2>&1 ||
  { cat "$work/content.log"; fail "motus content check failed on the installed knowledge base"; }
grep -q 'web_root = "/usr/share/motus/web"' "$root/etc/motus/motus.toml" || fail "motus.toml points elsewhere"

echo "# a change the admin made" >> "$root/etc/motus/motus.toml"
dpkg --root="$root" --force-script-chrootless --log=/dev/null -r motus > "$work/remove.log" 2>&1 ||
  { cat "$work/remove.log"; fail "dpkg --root -r failed"; }
[ ! -e "$root/usr/bin/motus" ] || fail "/usr/bin/motus stayed after remove"
grep -q 'a change the admin made' "$root/etc/motus/motus.toml" || fail "remove did not keep the conffile"
echo "PASS: installed into $root, user created there, unit hardened, binary and content check run, remove keeps the conffile"
