#!/usr/bin/env bash
# On a CUDA machine with PyTorch (for its LibTorch) but without Debian 12's packages: unpacks
# the bundle from make-bundle.sh into / (nothing already there is replaced), builds
# glyphlab-cli against PyTorch's CUDA LibTorch, runs the GPU test, generates the three
# training sets and runs the training jobs side by side on the GPU until SECONDS have passed.
# Run as root from the source tree. Steps already done are skipped (a second round resumes
# from the checkpoints in runs-gpu/).
#
#   packaging/cuda-host/build-and-train.sh BUNDLE_DIR JOBS_FILE SECONDS [RESULTS_DIR]
#
# JOBS_FILE: one job a line, "<name> <glyphlab-cli train arguments>", e.g.
#   glyphsr glyphsr --output runs-gpu/glyphsr --steps 12000 --batch 64 --lr 1e-3 --checkpoint-every 1000
#   glyphsr-wide glyphsr --output runs-gpu/glyphsr-wide --width 64 --blocks 6 --steps 12000 --batch 64 --checkpoint-every 1000
# --data (the three sets), --recognizer, --device cuda and --seed 1 are added.
set -uo pipefail
bundle=$(realpath "${1:?usage: build-and-train.sh BUNDLE_DIR JOBS_FILE SECONDS [RESULTS_DIR]}")
jobs=$(realpath "${2:?jobs file}")
deadline=$(( $(date +%s) + ${3:?seconds} ))
results=$(realpath -m "${4:-results-gpu}")
cd "$(dirname "$0")/../.."
build=$PWD/build-cuda data=$PWD/data-gpu runs=$PWD/runs-gpu
cli=$build/bin/glyphlab-cli
mkdir -p "$results" "$runs"
start=$(date +%s)
say() { echo "[$(( $(date +%s) - start ))s] $*" | tee -a "$results/progress.log"; }

if [ ! -e /tmp/glyphlab-bundle-unpacked ]; then
    tar -xJf "$bundle/sysroot.tar.xz" -C / --skip-old-files --keep-directory-symlink
    tar -xJf "$bundle/fonts.tar.xz" -C / --skip-old-files --keep-directory-symlink
    cp --update=none "$bundle"/stubs/*.so* /usr/lib/x86_64-linux-gnu/
    # Tesseract's pkg-config file links libarchive and libcurl by their development names.
    (cd /usr/lib/x86_64-linux-gnu && { [ -e libarchive.so ] || ln -s libarchive.so.13 libarchive.so; } \
        && { [ -e libcurl.so ] || ln -s libcurl.so.4 libcurl.so; })
    ldconfig 2>/dev/null
    [ -e /usr/lib/x86_64-linux-gnu/cmake/Qt6/Qt6Config.cmake ] && touch /tmp/glyphlab-bundle-unpacked
    say "bundle unpacked"
fi

if [ ! -x "$cli" ]; then
    torch_cmake=$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTorch_DIR="$torch_cmake/Torch" \
        -DCMAKE_POLICY_VERSION_MINIMUM=3.5 -DPKG_CONFIG_EXECUTABLE=/usr/bin/pkgconf >"$results/configure.log" 2>&1 \
        || { say "configure failed (configure.log)"; exit 1; }
    cmake --build "$build" -j "$(nproc)" --target glyphlab-cli tst_glyphsr >"$results/build.log" 2>&1 \
        || { say "build failed (build.log)"; exit 1; }
    say "built"
    QT_QPA_PLATFORM=offscreen "$build/tests/tst_glyphsr" >"$results/gpu-test.log" 2>&1
    say "tst_glyphsr: $(grep Totals "$results/gpu-test.log")"
fi

export OMP_NUM_THREADS=4 QT_QPA_PLATFORM=offscreen
for set in easy:101 medium:102 hard:103; do
    preset=${set%%:*} seed=${set##*:}
    [ -e "$data/train-$preset/.complete" ] && continue
    rm -rf "$data/train-$preset"
    "$cli" synth --output "$data/train-$preset" --count 40000 --seed "$seed" --preset "$preset" \
        >"$results/synth-$preset.log" 2>&1 && touch "$data/train-$preset/.complete"
    say "synth $preset: $(tail -1 "$results/synth-$preset.log")"
done

# Every trainer checkpoints on its own; stopping them at the deadline loses at most the steps
# since the last checkpoint. 45 s are kept for packing the results.
left=$(( deadline - $(date +%s) - 45 ))
say "training for ${left}s"
while read -r name arguments; do
    [ -z "$name" ] && continue
    timeout -s KILL "$left" "$cli" train $arguments --data "$data/train-easy,$data/train-medium,$data/train-hard" \
        --recognizer resources/models/crnn.json --device cuda --seed 1 >>"$runs/$name.log" 2>&1 &
done <"$jobs"
wait
say "training stopped"
for folder in "$runs"/*/; do
    name=$(basename "$folder")
    # Results may have to travel in files of at most 15 MB.
    tar cf - -C "$runs" "$name" "$name.log" | xz -T0 -1 | split -b 15M -d - "$results/$name.tar.xz."
    grep -E 'validation|checkpoint' "$runs/$name.log" | tail -2 | tee -a "$results/progress.log"
done
say "done"
