#!/usr/bin/env bash
# Install a built bundle (dist/kerneopgave/) for one user, or for everyone with --system.
#   packaging/linux/install.sh dist/kerneopgave            # ~/.local, no root needed
#   sudo packaging/linux/install.sh --system dist/kerneopgave   # /opt and /usr/local
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ "${1:-}" = "--system" ]; then
    shift; app_dir=/opt/kerneopgave; bin=/usr/local/bin; share=/usr/local/share
else
    app_dir="$HOME/.local/lib/kerneopgave"; bin="$HOME/.local/bin"
    share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
bundle="${1:?give the bundle folder, e.g. dist/kerneopgave}"
[ -x "$bundle/kerneopgave" ] || { echo "no kerneopgave executable in $bundle" >&2; exit 1; }
rm -rf "$app_dir"; mkdir -p "$app_dir" "$bin"
cp -a "$bundle/." "$app_dir/"
ln -sf "$app_dir/kerneopgave" "$bin/kerneopgave"
install -Dm644 "$here/dk.kerneopgave.Tavlen.desktop" "$share/applications/dk.kerneopgave.Tavlen.desktop"
install -Dm644 "$here/dk.kerneopgave.Tavlen.xml" "$share/mime/packages/dk.kerneopgave.Tavlen.xml"
install -Dm644 "$here/dk.kerneopgave.Tavlen.metainfo.xml" "$share/metainfo/dk.kerneopgave.Tavlen.metainfo.xml"
mkdir -p "$share/icons"; cp -r "$here/icons/hicolor" "$share/icons/"
# Refresh the caches when the tools are there; the files work without them after a re-login.
command -v update-mime-database >/dev/null && update-mime-database "$share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -qtf "$share/icons/hicolor" || true
echo "installed in $app_dir; start it from the menu or with: $bin/kerneopgave"
