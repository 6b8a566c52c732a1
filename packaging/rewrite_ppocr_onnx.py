#!/usr/bin/env python3
"""Rewrite a PaddleOCR (paddle2onnx-exported) ONNX model so that OpenCV 4.6's
cv::dnn ONNX importer can load and run it.

Usage:
    rewrite_ppocr_onnx.py INPUT.onnx OUTPUT.onnx --shape 1,3,640,640 [--report out.json]

What it does (each step says why OpenCV 4.6 needs it):
  1. Fixes the graph input to a static shape.  The exported models use
     symbolic dims ("p2o.DynamicDimension.N"); OpenCV 4.6 allocates all blobs
     once at setInput() time and its importer needs concrete shapes to
     resolve shape-computing subgraphs at import time.
  2. Turns Constant nodes into graph initializers, so that every constant is
     visible to the folding step below in one place.
  3. Rewrites opset>=11 Clip (min/max given as *inputs*) into the opset-6
     form with min/max *attributes*: OpenCV 4.6's Clip parser asserts
     node_proto.input_size() == 1 and only reads the attributes.
  4. Constant-folds every Shape node (using the static shapes from ONNX shape
     inference) and every node that depends only on constants (Cast, Slice,
     Concat, Gather, Squeeze, ... of shapes).  OpenCV 4.6 rejects Shape of a
     tensor it considers dynamic ("!isDynamicShape in parseShape") and
     mis-computes the shape-arithmetic chains feeding Reshape, which is the
     run-time "shape_utils.hpp ... total" error.
  5. Replaces the target shape of every Reshape with the fully resolved shape
     (no 0 / -1 placeholders): with a batch of 1 and the copy-dim "0" OpenCV
     4.6 can pick the wrong dimensions for the 5-D attention reshapes.
  6. Broadcasts low-rank constant operands of Add/Sub/Mul/Div to the full
     output shape (e.g. the LayerNorm gamma/beta vectors of shape (120,)
     applied to (1,40,120) in the recognizer's SVTR neck).  OpenCV 4.6 turns
     "tensor op constant" into a Scale/Bias layer that matches the constant
     against the *channel* axis (axis 1), which for a vector along the last
     axis of a 3-D tensor ends in the "shape_utils.hpp ... total" assertion.
     A constant of exactly the output shape is handled as plain elementwise.
  7. Removes nodes and initializers no longer used, re-runs shape inference
     and records static shapes on the graph outputs.

The model stays numerically identical: only shape plumbing is changed, no
weights are touched.  (Step 3 makes the model use an opset-6 style Clip in an
opset-11 graph; the ONNX checker would flag that, OpenCV and the mathematical
meaning are fine.)
"""

import argparse
import json
import sys

import numpy as np

try:
    import onnx
    from onnx import helper, numpy_helper, shape_inference
except ImportError:  # pragma: no cover - environment problem
    sys.exit("rewrite_ppocr_onnx.py: python module 'onnx' missing "
             "(Debian: apt-get install python3-onnx)")


def parse_shape(text):
    return [int(v) for v in text.split(",")]


def opset_of(model):
    for op in model.opset_import:
        if op.domain in ("", "ai.onnx"):
            return op.version
    return 1


def attr(node, name, default=None):
    for a in node.attribute:
        if a.name == name:
            v = helper.get_attribute_value(a)
            return v.decode() if isinstance(v, bytes) else v
    return default


# --------------------------------------------------------------------------
# Small numpy evaluator used only for folding shape arithmetic.
# --------------------------------------------------------------------------
def fold_node(node, vals, opset):
    """Return list of numpy outputs for `node` given constant inputs, or None
    if this op is not something we fold."""
    op = node.op_type
    x = [vals[i] if i else None for i in node.input]
    if op == "Identity":
        return [x[0]]
    if op == "Cast":
        to = attr(node, "to")
        return [x[0].astype(helper.tensor_dtype_to_np_dtype(to))
                if hasattr(helper, "tensor_dtype_to_np_dtype")
                else x[0].astype(onnx.mapping.TENSOR_TYPE_TO_NP_TYPE[to])]
    if op in ("Add", "Sub", "Mul", "Div"):
        a, b = x
        if op == "Add":
            r = a + b
        elif op == "Sub":
            r = a - b
        elif op == "Mul":
            r = a * b
        else:
            r = (a // b) if np.issubdtype(a.dtype, np.integer) else a / b
        return [np.asarray(r).astype(a.dtype)]
    if op == "Concat":
        return [np.concatenate(x, axis=attr(node, "axis"))]
    if op == "Gather":
        return [np.take(x[0], x[1], axis=attr(node, "axis", 0))]
    if op == "Slice":
        if opset < 10:
            starts, ends = attr(node, "starts"), attr(node, "ends")
            axes = attr(node, "axes", list(range(len(starts))))
            steps = [1] * len(starts)
        else:
            starts, ends = list(x[1]), list(x[2])
            axes = list(x[3]) if len(x) > 3 and x[3] is not None else list(range(len(starts)))
            steps = list(x[4]) if len(x) > 4 and x[4] is not None else [1] * len(starts)
        sl = [slice(None)] * x[0].ndim
        for s, e, a, st in zip(starts, ends, axes, steps):
            sl[int(a)] = slice(int(s), int(e), int(st))
        return [x[0][tuple(sl)]]
    if op in ("Squeeze", "Unsqueeze"):
        axes = attr(node, "axes")
        if axes is None and len(x) > 1 and x[1] is not None:
            axes = list(x[1])
        if op == "Squeeze":
            if axes is None:
                return [np.squeeze(x[0])]
            return [np.squeeze(x[0], axis=tuple(int(a) for a in axes))]
        r = x[0]
        ndim = r.ndim + len(axes)
        for a in sorted(int(a) % ndim for a in axes):
            r = np.expand_dims(r, a)
        return [r]
    if op == "Reshape":
        shape = [int(s) for s in x[1]]
        shape = [x[0].shape[i] if s == 0 else s for i, s in enumerate(shape)]
        return [x[0].reshape(shape)]
    if op == "Transpose":
        return [np.transpose(x[0], attr(node, "perm"))]
    return None


class Rewriter:
    def __init__(self, model, shape):
        self.model = model
        self.shape = shape
        self.opset = opset_of(model)
        self.changes = []

    # -- step 1 -------------------------------------------------------------
    def fix_input(self):
        g = self.model.graph
        inits = {i.name for i in g.initializer}
        real_inputs = [i for i in g.input if i.name not in inits]
        if len(real_inputs) != 1:
            raise SystemExit("expected exactly one graph input, got %d" % len(real_inputs))
        inp = real_inputs[0]
        dims = inp.type.tensor_type.shape.dim
        if len(dims) != len(self.shape):
            raise SystemExit("input %s has rank %d, --shape has %d values"
                             % (inp.name, len(dims), len(self.shape)))
        before = [d.dim_param or d.dim_value for d in dims]
        for d, v in zip(dims, self.shape):
            if d.dim_value and d.dim_value != v:
                raise SystemExit("input %s dim is fixed to %d, cannot set %d"
                                 % (inp.name, d.dim_value, v))
            d.Clear()
            d.dim_value = v
        # Symbolic output dims and stale value_info would confuse inference.
        for o in g.output:
            o.type.tensor_type.ClearField("shape")
        del g.value_info[:]
        self.input_name = inp.name
        self.changes.append("input '%s' shape %s -> %s" % (inp.name, before, self.shape))

    # -- step 2 -------------------------------------------------------------
    def constants_to_initializers(self):
        g = self.model.graph
        keep, n = [], 0
        for node in g.node:
            if node.op_type == "Constant" and len(node.attribute) == 1 \
                    and node.attribute[0].name == "value":
                t = onnx.TensorProto()
                t.CopyFrom(node.attribute[0].t)
                t.name = node.output[0]
                g.initializer.append(t)
                n += 1
            else:
                keep.append(node)
        del g.node[:]
        g.node.extend(keep)
        if n:
            self.changes.append("%d Constant nodes moved to initializers" % n)

    def const_values(self):
        return {i.name: numpy_helper.to_array(i) for i in self.model.graph.initializer}

    # -- step 3 -------------------------------------------------------------
    def clip_inputs_to_attributes(self):
        consts = self.const_values()
        n = 0
        for node in self.model.graph.node:
            if node.op_type != "Clip" or len(node.input) <= 1:
                continue
            lo, hi = -3.4028234663852886e38, 3.4028234663852886e38
            for idx, name in ((1, "min"), (2, "max")):
                if idx < len(node.input) and node.input[idx]:
                    src = node.input[idx]
                    if src not in consts:
                        raise SystemExit("Clip %s: %s input '%s' is not constant"
                                         % (node.name, name, src))
                    v = float(np.asarray(consts[src]).reshape(-1)[0])
                    if idx == 1:
                        lo = v
                    else:
                        hi = v
            x = node.input[0]
            del node.input[:]
            node.input.append(x)
            # drop any stale attributes, then set the opset-6 style ones
            keep = [a for a in node.attribute if a.name not in ("min", "max")]
            del node.attribute[:]
            node.attribute.extend(keep)
            node.attribute.extend([helper.make_attribute("min", lo),
                                   helper.make_attribute("max", hi)])
            n += 1
        if n:
            self.changes.append("%d Clip nodes: min/max inputs -> attributes" % n)

    # -- step 4/5 -----------------------------------------------------------
    def infer(self):
        return shape_inference.infer_shapes(self.model)

    @staticmethod
    def static_shapes(model):
        shapes = {}
        vis = list(model.graph.input) + list(model.graph.value_info) + list(model.graph.output)
        for vi in vis:
            tt = vi.type.tensor_type
            if not tt.HasField("shape"):
                continue
            dims = [d.dim_value if d.HasField("dim_value") else None for d in tt.shape.dim]
            if all(d is not None and d > 0 for d in dims):
                shapes[vi.name] = dims
        for i in model.graph.initializer:
            shapes[i.name] = list(i.dims)
        return shapes

    def fold_once(self):
        """One pass of Shape/constant folding. Returns number of folded nodes."""
        g = self.model.graph
        shapes = self.static_shapes(self.infer())
        consts = self.const_values()
        keep, folded = [], 0
        new_inits = []
        for node in g.node:
            out = None
            if node.op_type == "Shape" and node.input[0] in shapes:
                out = [np.array(shapes[node.input[0]], dtype=np.int64)]
            elif node.op_type not in ("Constant",) and \
                    all((not i) or i in consts for i in node.input) and node.input:
                out = fold_node(node, consts, self.opset)
            if out is None:
                keep.append(node)
                continue
            for name, val in zip(node.output, out):
                val = np.ascontiguousarray(val)
                consts[name] = val
                new_inits.append(numpy_helper.from_array(val, name))
            folded += 1
            self.folded_ops[node.op_type] = self.folded_ops.get(node.op_type, 0) + 1
        del g.node[:]
        g.node.extend(keep)
        g.initializer.extend(new_inits)
        return folded

    def fold(self):
        self.folded_ops = {}
        total = 0
        while True:
            n = self.fold_once()
            total += n
            if n == 0:
                break
        if total:
            self.changes.append("constant-folded %d nodes depending only on shapes/constants: %s"
                                % (total, ", ".join("%s x%d" % kv for kv in sorted(self.folded_ops.items()))))

    def resolve_reshapes(self):
        g = self.model.graph
        inferred = self.infer()
        shapes = self.static_shapes(inferred)
        consts = self.const_values()
        n = 0
        for node in g.node:
            if node.op_type != "Reshape":
                continue
            target = shapes.get(node.output[0])
            if target is None or node.input[1] not in consts:
                continue
            cur = [int(v) for v in consts[node.input[1]]]
            if cur == target:
                continue
            name = node.output[0] + "__static_shape"
            g.initializer.append(numpy_helper.from_array(np.array(target, dtype=np.int64), name))
            node.input[1] = name
            n += 1
        if n:
            self.changes.append("%d Reshape targets with 0/-1 replaced by the resolved static shape" % n)

    def broadcast_const_operands(self):
        g = self.model.graph
        shapes = self.static_shapes(self.infer())
        consts = self.const_values()
        n = 0
        for node in g.node:
            if node.op_type not in ("Add", "Sub", "Mul", "Div") or len(node.input) != 2:
                continue
            out = shapes.get(node.output[0])
            if out is None:
                continue
            for k, name in enumerate(node.input):
                c = consts.get(name)
                other = node.input[1 - k]
                if c is None or other in consts or c.size <= 1 or c.ndim >= len(out):
                    continue
                full = np.ascontiguousarray(np.broadcast_to(c, out))
                new = "%s__bcast_%s" % (name, "x".join(str(d) for d in out))
                if new not in consts:
                    g.initializer.append(numpy_helper.from_array(full, new))
                    consts[new] = full
                node.input[k] = new
                n += 1
        if n:
            self.changes.append("%d low-rank constant operands of Add/Sub/Mul/Div broadcast "
                                "to the full output shape" % n)

    # -- step 7 -------------------------------------------------------------
    def prune(self):
        g = self.model.graph
        needed = {o.name for o in g.output}
        keep = []
        for node in reversed(list(g.node)):
            if any(o in needed for o in node.output):
                keep.append(node)
                needed.update(i for i in node.input if i)
        removed_nodes = len(g.node) - len(keep)
        del g.node[:]
        g.node.extend(reversed(keep))
        inits = [i for i in g.initializer if i.name in needed]
        removed_inits = len(g.initializer) - len(inits)
        del g.initializer[:]
        g.initializer.extend(inits)
        # initializers must not also be listed as graph inputs for OpenCV's sake
        ins = [i for i in g.input if i.name not in {t.name for t in inits}]
        del g.input[:]
        g.input.extend(ins)
        if removed_nodes or removed_inits:
            self.changes.append("pruned %d dead nodes and %d unused constants"
                                % (removed_nodes, removed_inits))

    def finalize(self):
        inferred = self.infer()
        shapes = self.static_shapes(inferred)
        out_shapes = {}
        for o in self.model.graph.output:
            s = shapes.get(o.name)
            if s:
                o.type.tensor_type.shape.CopyFrom(
                    helper.make_tensor_shape_proto(s) if hasattr(helper, "make_tensor_shape_proto")
                    else onnx.TensorShapeProto(dim=[onnx.TensorShapeProto.Dimension(dim_value=v) for v in s]))
            out_shapes[o.name] = s
        remaining = sorted({n.op_type for n in self.model.graph.node})
        self.summary = {
            "input": {"name": self.input_name, "shape": self.shape},
            "outputs": out_shapes,
            "opset": self.opset,
            "changes": self.changes,
            "node_count": len(self.model.graph.node),
            "remaining_op_types": remaining,
        }
        if "Shape" in remaining:
            raise SystemExit("rewrite incomplete: Shape nodes remain")

    def run(self):
        self.fix_input()
        self.constants_to_initializers()
        self.clip_inputs_to_attributes()
        self.fold()
        self.resolve_reshapes()
        self.broadcast_const_operands()
        self.prune()
        self.finalize()
        return self.model


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--shape", required=True, type=parse_shape,
                    help="static input shape, e.g. 1,3,640,640")
    ap.add_argument("--report", help="write a JSON summary of the changes here")
    args = ap.parse_args()

    model = onnx.load(args.input)
    rw = Rewriter(model, args.shape)
    rw.run()
    onnx.save(model, args.output)
    print("%s -> %s" % (args.input, args.output))
    for c in rw.changes:
        print("  - " + c)
    print("  outputs: %s" % rw.summary["outputs"])
    if args.report:
        with open(args.report, "w") as f:
            json.dump(rw.summary, f, indent=2)


if __name__ == "__main__":
    main()
