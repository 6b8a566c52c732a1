#!/usr/bin/env bash
# Packs what a CUDA machine without Debian 12's packages needs to build GlyphLab against its
# own CUDA LibTorch and to generate training data there: Debian's Qt, OpenCV, Tesseract and
# QCustomPlot (headers, CMake/pkg-config files, the libraries' runtime closure), the training
# fonts and the word list. Run it on a Debian 12 machine that has run `packaging/setup.sh`.
#
#   packaging/cuda-host/make-bundle.sh OUT_DIR [HOST_SONAMES]
#
# HOST_SONAMES: the host's `ldconfig -p | awk 'NR>1{print $1}'`; libraries it already has are
# left out (a smaller bundle). OUT_DIR gets sysroot.tar.xz, fonts.tar.xz and stubs/; unpack on
# the host with build-and-train.sh. Used on 2026-11-23 for an H100 running Ubuntu 24.04.
set -euo pipefail
out=$(realpath -m "${1:?usage: make-bundle.sh OUT_DIR [HOST_SONAMES]}")
host_sonames=${2:-/dev/null}
here=$(cd "$(dirname "$0")" && pwd)
lib=/usr/lib/x86_64-linux-gnu
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root=$stage/root
mkdir -p "$root" "$out/stubs"

installed=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' | awk '$1 == "ii" {print $2}')
packages=$(grep -E '^(libopencv|qt6-|libqt6|libtesseract|libleptonica|liblept|libqcustomplot)|^(libgl-dev|libopengl-dev|libopengl0|libglx-dev|libglx0|libegl-dev|libegl1|mesa-common-dev|libgles-dev|libgles2|libgl1)$' <<<"$installed")
# dpkg -L lists directories too, and fails as a whole if one package is missing.
for package in $packages; do dpkg -L "$package"; done | sort -u \
    | grep -vE '/share/(doc|man|lintian)/|/share/qt6/translations' >"$stage/files"

copy() { cp -a --parents "$1" "$root/" 2>/dev/null || true; }

# 1. The runtime closure of what GlyphLab links and runs (Qt tools and plugins included).
{
    ls $lib/libQt6{Core,Gui,Widgets,PrintSupport,Test,DBus}.so.6 $lib/libopencv_{core,imgproc,imgcodecs,dnn}.so.406 \
       $lib/libtesseract.so.5 $lib/liblept.so.5 $lib/libQCustomPlotQt6.so.2.1.0 \
       $lib/qt6/plugins/platforms/*.so $lib/qt6/plugins/imageformats/*.so \
       /usr/lib/qt6/libexec/{moc,rcc,uic,cmake_automoc_parser} /usr/lib/qt6/bin/{lrelease,lconvert,qtpaths} /usr/bin/pkgconf
} | xargs readlink -f >"$stage/roots"
python3 "$here/runtime_closure.py" "$stage/roots" "$host_sonames" >"$stage/closure"
while read -r f; do copy "$f"; copy "$(readlink -f "$f")"; done <"$stage/closure"

# 2. Headers, CMake and pkg-config files, mkspecs, and the development symlinks.
while read -r f; do
    case "$f" in
        /usr/include/*|*.cmake|*.pc|*.prl|*.pri|*/mkspecs/*|*.json|*.conf) [ -f "$f" ] && copy "$f" ;;
    esac
    [ -L "$f" ] && [[ $f =~ \.so(\.[0-9.]+)?$ ]] && copy "$f"
done <"$stage/files"
copy $lib/qt6/mkspecs
copy /usr/bin/pkg-config
for f in $lib/pkgconfig/*.pc /usr/share/pkgconfig/*.pc /usr/share/pkgconfig/personality.d; do copy "$f"; done
while read -r f; do case "$f" in /usr/include/*) [ -f "$f" ] && copy "$f" ;; esac; done <"$stage/files"
for f in $(readlink -f $lib/lib{GL,GLX,OpenGL,EGL}.so); do copy "$f"; done

# 3. CMake checks that every imported file exists: small ones are copied, big binaries that
#    GlyphLab never links or runs (other OpenCV modules, Designer, Quick...) become empty files.
placeholder() {
    local f=$1
    [ -e "$root$f" ] || [ -L "$root$f" ] || [ ! -e "$f" ] || [ -d "$f" ] && return 0
    mkdir -p "$root$(dirname "$f")"
    if [ "$(stat -Lc %s "$f")" -lt 200000 ]; then cp -aL "$f" "$root$f"; else : >"$root$f"; chmod 755 "$root$f"; fi
}
while read -r f; do
    case "$f" in /usr/include/*|*.qm|*.html|*.qch) continue ;; esac
    placeholder "$f"
done <"$stage/files"
grep -rhoE '(\$\{_IMPORT_PREFIX\}|/usr)/[^" ;)]+' $(find "$root" -name '*.cmake') | sed 's|${_IMPORT_PREFIX}|/usr|' | sort -u \
    | grep -vE '^/usr/bin/(cc|c\+\+)$' | while read -r f; do placeholder "$f"; done
# Debian's /lib is /usr/lib; keep the host's /lib symlink as it is.
if [ -d "$root/lib" ]; then cp -a "$root/lib/." "$root/usr/lib/"; rm -rf "$root/lib"; fi
find "$root" -type d -exec chmod 755 {} +
tar cf - --owner=0 --group=0 -C "$root" . | xz -T0 -6 >"$out/sysroot.tar.xz"

# 4. GDAL, GDCM and OpenEXR (OpenCV's imgcodecs links them, with a hundred more libraries
#    behind them) replaced by libraries that define the same symbols and do nothing: GlyphLab
#    reads and writes PNG and JPEG only.
for so in libgdal.so.32 libgdcmMSFF.so.3.0 libgdcmDSED.so.3.0 libOpenEXR-3_1.so.30; do
    python3 "$here/inert_library.py" "$lib/$so" "$stage/$so.s"
    gcc -shared -nostdlib -Wl,-soname,$so -o "$out/stubs/$so" "$stage/$so.s"
done

# 5. The training fonts (what FontCatalog would pick: Latin and digits, no reserved family)
#    and the word list, so that `glyphlab-cli synth` makes the same kind of lines there.
fc-list ':charset=30-39 41-5a 61-7a' file | sed 's/: *$//' \
    | grep -E '^(/usr/share/fonts|/usr/share/texmf/fonts/opentype|/usr/local/share/fonts)' \
    | grep -viE 'c059|p052|nimbus|urwbookman|urw-bookman|urwgothic|urw-gothic|z003|d050000l|standardsymbols|texgyre|tex-gyre|urw-base35|symbol|dingbat|emoji|math' \
    | sort -u >"$stage/fonts"
{ cat "$stage/fonts"; xargs readlink -f <"$stage/fonts"; echo /usr/share/dict/american-english; readlink -f /usr/share/dict/american-english; } \
    | sort -u | tar cf - -T - 2>/dev/null | xz -T0 -6 >"$out/fonts.tar.xz"
cp "$here/build-and-train.sh" "$out/"
ls -la "$out" "$out/stubs"
