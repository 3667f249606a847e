#!/usr/bin/env bash
# Check the systemd units in deploy/ with `systemd-analyze verify`, and print the
# exposure score of brug.service (`systemd-analyze security`). Without systemd-analyze
# it says so and exits 0. Any warning from verify fails the check: verify itself exits 0
# on unknown keys and bad values, so its output is what counts.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
units=(brug.service brug-backup.service brug-backup.timer)

if ! command -v systemd-analyze >/dev/null 2>&1; then
    echo "check-unit: systemd-analyze not found; install systemd to check the units. Skipped."
    exit 0
fi

# verify also wants every ExecStart= program and every unit named in dependencies to
# exist. This machine need not have Brug in /opt/brug, so check in a scratch root that
# holds the system's own units, ours, and an empty stand-in for each program we run.
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/etc/systemd/system" "$root/usr/lib/systemd"
for dir in /usr/lib/systemd/system /lib/systemd/system; do
    if [ -d "$dir" ]; then
        cp -a "$dir" "$root/usr/lib/systemd/"
        break
    fi
done
for unit in "${units[@]}"; do
    cp "$here/$unit" "$root/etc/systemd/system/"
done
grep -h '^Exec[A-Za-z]*=' "${units[@]/#/$here/}" \
    | sed -E 's/^[^=]+=[-@:+!]*//; s/[[:space:]].*//' | sort -u \
    | while read -r program; do
        mkdir -p "$root$(dirname "$program")"
        printf '#!/bin/sh\n' >"$root$program"
        chmod +x "$root$program"
    done

status=0
for unit in "${units[@]}"; do
    output=$(systemd-analyze verify --man=no --root="$root" "$unit" 2>&1) || status=1
    if [ -n "$output" ]; then
        echo "$output"
        status=1
    fi
done
if [ "$status" -ne 0 ]; then
    echo "check-unit: problems found (systemd $(systemd-analyze --version | awk 'NR==1{print $2}'))"
    exit 1
fi
echo "check-unit: ${units[*]} verified"

# The score is informative (0 = fully locked down, 10 = not at all); older systemd
# has no --offline, which is fine.
systemd-analyze security --offline=yes --root="$root" brug.service 2>/dev/null \
    | grep -i 'overall exposure' || true
