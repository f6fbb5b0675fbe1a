#!/usr/bin/env bash
# Builds Remit's Debian package and proves it: the release binary, the
# manual pages and completions (written by the binary itself into
# target/packaging/), `cargo deb`, then the package's Depends and files,
# the desktop entry and MIME type validated, the package installed, the
# installed `remit` run, `xdg-mime` asked about a design and a plain RON
# file, and the installed designer opened under Xvfb (one window per file).
#
# Run by hand, as root, on a throw-away machine or CI runner (it installs
# the package with apt-get): ./packaging/check-deb.sh
# Needs cargo and cargo-deb (`cargo install cargo-deb`); desktop-file-utils,
# libxml2-utils, shared-mime-info, xdg-utils with libfile-mimeinfo-perl
# (or libglib2.0-bin), xvfb and xdotool are used when present, and each
# step without its tool is skipped with the reason. Exits non-zero on the
# first failure, saying what failed.
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/packaging
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'check-deb: FAILED: %s\n' "$*" >&2; exit 1; }
skip() { printf 'check-deb: skipped: %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

have cargo || fail "cargo is missing"
cargo deb --version >/dev/null 2>&1 || fail "cargo-deb is missing (cargo install cargo-deb)"
have dpkg-deb || fail "dpkg-deb is missing: this checks a Debian package on Debian or Ubuntu"
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)

step "release build ($(cargo deb --version))"
cargo build --release --locked
bin=target/release/remit
[ -x "$bin" ] || fail "$bin was not built (is CARGO_TARGET_DIR set? cargo-deb reads target/)"

step "manual pages and completions into $out"
rm -rf "$out/man" "$out/completions"
mkdir -p "$out/man" "$out/completions"
"$bin" manual -o "$out/man" || fail "remit manual"
gzip -9n "$out/man"/*.1
"$bin" completions bash -o "$out/completions/remit.bash" || fail "remit completions bash"
"$bin" completions zsh -o "$out/completions/_remit" || fail "remit completions zsh"
"$bin" completions fish -o "$out/completions/remit.fish" || fail "remit completions fish"
ls "$out/man" "$out/completions"

step "cargo deb"
deb=$(cargo deb --no-build --locked | tail -n 1)
[ -f "$deb" ] || fail "cargo deb did not say where the package is (got: $deb)"
echo "package: $deb"

step "dpkg-deb --info: the hand-written Depends"
dpkg-deb --info "$deb"
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
for lib in libc6 libgl1 libegl1 libwayland-client0 libwayland-cursor0 libwayland-egl1 \
    libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxcursor1 libxrandr2 libxi6 libxcb1; do
    grep -qE "(^|, )$lib( |,|$)" <<<"$depends" || fail "Depends lacks $lib"
done
echo "every run-time library is in Depends"

step "dpkg-deb --contents: the files"
contents=$(dpkg-deb --contents "$deb")
echo "$contents"
for path in usr/bin/remit usr/share/applications/remit.desktop \
    usr/share/mime/packages/remit.xml usr/share/icons/hicolor/scalable/apps/remit.svg \
    usr/share/icons/hicolor/16x16/apps/remit.png usr/share/icons/hicolor/32x32/apps/remit.png \
    usr/share/icons/hicolor/48x48/apps/remit.png usr/share/icons/hicolor/64x64/apps/remit.png \
    usr/share/icons/hicolor/128x128/apps/remit.png usr/share/icons/hicolor/256x256/apps/remit.png \
    usr/share/icons/hicolor/512x512/apps/remit.png usr/share/man/man1/remit.1.gz \
    usr/share/man/man1/remit-check.1.gz usr/share/bash-completion/completions/remit \
    usr/share/zsh/vendor-completions/_remit usr/share/fish/vendor_completions.d/remit.fish \
    usr/share/doc/remit/LICENSE-MIT usr/share/doc/remit/LICENSE-APACHE \
    usr/share/doc/remit/copyright usr/share/doc/remit/examples/product-company.ron; do
    grep -qE " \./$path\$" <<<"$contents" || fail "the package lacks /$path"
done
echo "every file is in the package"

step "desktop entry and MIME type"
dpkg-deb -x "$deb" "$work/root"
if have desktop-file-validate; then
    desktop-file-validate "$work/root/usr/share/applications/remit.desktop" || fail "desktop-file-validate"
    echo "desktop-file-validate: ok"
else
    skip "desktop-file-validate is missing (apt-get install desktop-file-utils)"
fi
if have xmllint; then
    xml="$work/root/usr/share/mime/packages/remit.xml"
    xmllint --noout "$xml" || fail "xmllint: the MIME XML is not well-formed"
    echo "xmllint: well-formed"
    # shared-mime-info ships its DTD inside freedesktop.org.xml, not apart.
    system=/usr/share/mime/packages/freedesktop.org.xml
    if [ -f "$system" ]; then
        sed -n '/<!DOCTYPE mime-info \[/,/\]>/p' "$system" | sed '1d;$d' >"$work/mime-info.dtd"
        xmllint --noout --dtdvalid "$work/mime-info.dtd" "$xml" || fail "xmllint: the MIME XML breaks shared-mime-info's DTD"
        echo "xmllint: valid against shared-mime-info's DTD"
    else
        skip "no shared-mime-info DTD ($system is missing)"
    fi
else
    skip "xmllint is missing (apt-get install libxml2-utils)"
fi

step "install"
[ "$(id -u)" = 0 ] || fail "installing needs root (run on a throw-away machine as root)"
if have apt-get; then
    case "$deb" in /*) ;; *) deb="$PWD/$deb" ;; esac
    apt-get install -y --no-install-recommends "$deb"
else
    dpkg -i "$deb"
fi
installed=/usr/bin/remit
got=$("$installed" --version) || fail "$installed --version"
echo "$installed --version: $got"
[ "$got" = "remit $version" ] || fail "expected 'remit $version'"
example=/usr/share/doc/remit/examples/product-company.ron
"$installed" check "$example" || fail "remit check $example"
if have man; then
    man -w remit || fail "man does not find remit(1)"
else
    skip "man is missing"
fi

step "xdg-mime: a design and a plain RON file"
cp "$example" "$work/x.ron"
printf '(a: 1)\n' >"$work/y.ron"
if ! have xdg-mime; then
    skip "xdg-mime is missing (apt-get install xdg-utils)"
elif ! have mimetype && ! have gio; then
    skip "xdg-mime would ask file(1), which does not read shared-mime-info (apt-get install libfile-mimeinfo-perl)"
else
    design=$(xdg-mime query filetype "$work/x.ron")
    plain=$(xdg-mime query filetype "$work/y.ron")
    echo "xdg-mime query filetype x.ron: $design"
    echo "xdg-mime query filetype y.ron: $plain"
    [ "$design" = application/x-remit-design ] || fail "a design is $design"
    [ "$plain" != application/x-remit-design ] || fail "a plain RON file is claimed as a design"
    if have gio; then
        for f in x.ron y.ron; do
            echo "gio (GNOME) $f: $(gio info -a standard::content-type "$work/$f" | sed -n 's/.*standard::content-type: //p')"
        done
    fi
    echo "xdg-mime query default application/x-remit-design: $(xdg-mime query default application/x-remit-design || true)"
fi

step "the installed designer under Xvfb"
if ! have Xvfb || ! have xdotool; then
    skip "Xvfb or xdotool is missing (apt-get install xvfb xdotool)"
else
    Xvfb :98 -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
    pids+=($!)
    sleep 2
    cp "$example" "$work/second.ron"
    mkdir -p "$work/data"
    # Two files: the second opens in a designer process of its own.
    DISPLAY=:98 REMIT_DATA_DIR="$work/data" "$installed" "$work/x.ron" "$work/second.ron" \
        >"$work/remit.log" 2>&1 &
    pids+=($!)
    windows=""
    for _ in $(seq 1 60); do
        windows=$(DISPLAY=:98 xdotool search --name '^Remit' 2>/dev/null || true)
        [ "$(wc -w <<<"$windows")" -ge 2 ] && break
        sleep 0.5
    done
    # The designer the first one started, to stop it at the end too.
    for child in $(pgrep -P "${pids[-1]}" 2>/dev/null || true); do pids+=("$child"); done
    for window in $windows; do
        name=$(DISPLAY=:98 xdotool getwindowname "$window")
        pid=$(DISPLAY=:98 xdotool getwindowpid "$window" 2>/dev/null || true)
        echo "window found: $window \"$name\" (process ${pid:-?})"
        [ -n "$pid" ] && pids+=("$pid")
    done
    [ "$(wc -w <<<"$windows")" -ge 2 ] || {
        cat "$work/remit.log"
        fail "expected two windows named Remit…, found: ${windows:-none}"
    }
fi

printf '\ncheck-deb: all checks passed (%s)\n' "$deb"
