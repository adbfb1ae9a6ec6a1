"""Benchmark the scoring backends on a generated 60,000-字 report against beijing-2020.

    python pipelines/bench_mapping_backends.py [--chars 60000] [--reports DIR] [--only lexical|embedding]

The report is built from the paragraphs of the dev reports (``<DIR>/*/report.md``, headings
dropped), repeated with perturbations (numbers shifted, sentences rotated, paragraphs shuffled,
fixed seed) until it holds ``--chars`` non-whitespace characters. Every paragraph is scored
against all leaf clauses of beijing-2020.

* lexical: :class:`analyzer.mapping.lexical.LexicalScorer` (jieba dictionary load timed apart).
* embedding: :class:`analyzer.mapping.embedding.EmbeddingScorer` on a randomly initialised
  model of bge-small-zh-v1.5's shape (BERT, 512 hidden, 8 heads, 4 layers, 2048 intermediate,
  vocabulary 21,128), built locally — random weights time the same as trained ones.

Each backend runs in its own subprocess so that peak RSS (``resource.getrusage``) is its own.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REPORTS = ROOT.parent / "shared" / "dev-reports"
STANDARD = "beijing-2020"


def report_paragraphs(reports: Path, target_chars: int, seed: int = 0) -> list[str]:
    base: list[str] = []
    for md in sorted(reports.glob("*/report.md")):
        for block in md.read_text(encoding="utf-8").split("\n\n"):
            block = block.strip()
            if block and not block.startswith("#"):
                base.append(block)
    if not base:
        raise SystemExit(f"no paragraphs found under {reports}/*/report.md")
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    round_ = 0
    while total < target_chars:
        order = base[:]
        rng.shuffle(order)
        for para in order:
            if round_:
                shift = round_
                para = re.sub(r"\d+", lambda m, shift=shift: str(int(m.group()) + shift), para)
                sentences = [s for s in re.split(r"(?<=。)", para) if s]
                k = round_ % len(sentences)
                para = "".join(sentences[k:] + sentences[:k])
            out.append(para)
            total += sum(1 for ch in para if not ch.isspace())
            if total >= target_chars:
                break
        round_ += 1
    return out


def clause_profiles():  # -> list[ClauseProfileText]
    from analyzer.mapping.backends import ClauseProfileText
    from analyzer.standards import load_standard

    std = load_standard(STANDARD)
    return [
        ClauseProfileText(c.id, "\n".join([c.title, c.text, *(f"{g.title or ''} {g.text}" for g in c.guidance)]))
        for c in std.clauses
        if not c.children
    ]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def bench_lexical(paragraphs: list[str]) -> dict[str, object]:
    from analyzer.mapping.lexical import LexicalScorer
    from analyzer.text.tokenize import default_tokenizer

    clauses = clause_profiles()
    t0 = time.perf_counter()
    tok = default_tokenizer()
    tok.cut("预热")  # loads jieba's dictionary and the domain terms
    t_jieba = time.perf_counter() - t0
    scorer = LexicalScorer(tokenizer=tok)
    t0 = time.perf_counter()
    scorer.fit(clauses)
    t_fit = time.perf_counter() - t0
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        sims = scorer.score(paragraphs)
        runs.append(time.perf_counter() - t0)
    return {
        "backend": "lexical",
        "detail": scorer.describe().detail,
        "clauses": len(clauses),
        "paragraphs": len(paragraphs),
        "shape": list(sims.shape),
        "jieba_init_s": round(t_jieba, 3),
        "fit_s": round(t_fit, 3),
        "score_s_runs": [round(r, 3) for r in runs],
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def build_bge_small_shape(folder: Path, text: str) -> Path:
    """A random BERT with bge-small-zh-v1.5's shape, saved as a sentence-transformers folder."""
    import torch
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer
    from transformers import BertConfig, BertModel, BertTokenizerFast

    vocab_size = 21128
    chars = sorted({ch for ch in text if not ch.isspace()})
    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *chars]
    words += [f"[unused{i}]" for i in range(vocab_size - len(words))]
    tok = BertTokenizerFast(vocab={w: i for i, w in enumerate(words)}, do_lower_case=True, tokenize_chinese_chars=True)
    torch.manual_seed(0)
    cfg = BertConfig(
        vocab_size=vocab_size,
        hidden_size=512,
        num_hidden_layers=4,
        num_attention_heads=8,
        intermediate_size=2048,
        max_position_embeddings=512,
    )
    raw = folder / "hf"
    BertModel(cfg).save_pretrained(raw)
    tok.save_pretrained(raw)
    word = Transformer(str(raw), max_seq_length=512)
    st = SentenceTransformer(modules=[word, Pooling(word.get_embedding_dimension(), "cls"), Normalize()])
    st.save(str(folder / "st"))
    return folder / "st"


def bench_embedding(paragraphs: list[str], batch_size: int) -> dict[str, object]:
    clauses = clause_profiles()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        import sentence_transformers  # noqa: F401  (import time measured apart)

        t_import = time.perf_counter() - t0
        path = build_bge_small_shape(Path(tmp), "".join(paragraphs) + "".join(c.text for c in clauses))
        rss_before = peak_rss_mb()
        import torch

        from analyzer.mapping.embedding import EmbeddingScorer

        t0 = time.perf_counter()
        scorer = EmbeddingScorer(str(path), use_cache=False, batch_size=batch_size)
        t_load = time.perf_counter() - t0
        t0 = time.perf_counter()
        scorer.fit(clauses)
        t_fit = time.perf_counter() - t0
        t0 = time.perf_counter()
        sims = scorer.score(paragraphs)
        t_score = time.perf_counter() - t0
        return {
            "backend": "embedding",
            "model": "random BERT, bge-small-zh-v1.5 shape (512 hidden, 8 heads, 4 layers, vocab 21128)",
            "torch_threads": torch.get_num_threads(),
            "batch_size": batch_size,
            "max_seq_length": scorer.max_seq_length,
            "clauses": len(clauses),
            "paragraphs": len(paragraphs),
            "shape": list(sims.shape),
            "import_sentence_transformers_s": round(t_import, 2),
            "load_s": round(t_load, 3),
            "fit_clauses_s": round(t_fit, 2),
            "score_s": round(t_score, 2),
            "peak_rss_mb_before_load": round(rss_before, 1),
            "peak_rss_mb": round(peak_rss_mb(), 1),
        }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chars", type=int, default=60_000)
    ap.add_argument("--reports", type=Path, default=DEFAULT_REPORTS)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--only", choices=["lexical", "embedding"])
    args = ap.parse_args(argv)
    if args.only is None:
        for backend in ("lexical", "embedding"):
            cmd = [sys.executable, __file__, "--only", backend, "--chars", str(args.chars)]
            cmd += ["--reports", str(args.reports), "--batch-size", str(args.batch_size)]
            subprocess.run(cmd, check=True)
        return
    paragraphs = report_paragraphs(args.reports, args.chars)
    lexical = args.only == "lexical"
    result = bench_lexical(paragraphs) if lexical else bench_embedding(paragraphs, args.batch_size)
    result["report_chars_non_ws"] = sum(1 for p in paragraphs for ch in p if not ch.isspace())
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
