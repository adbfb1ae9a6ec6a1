"""Sentence splitting with spaCy's Chinese pipeline and SARA's own jieba tokenizer.

``spacy.blank("zh")`` gets a custom tokenizer that calls :class:`~analyzer.text.tokenize.JiebaTokenizer`
(spaCy's built-in ``jieba`` segmenter would use the global jieba module, shared with everything
else in the process) and a ``sentencizer`` that ends a sentence after 。！？；… (full- and
half-width ``!?;`` too) and after a line break (table rows, hard-wrapped text). Closing quotes and
brackets after the mark stay with the sentence (``“好。”``) — that is spaCy's sentencizer rule for
punctuation following a sentence end. Sentences are defined on normalized text (full-width
punctuation kept, see :mod:`analyzer.text.normalize`).

This is SARA's only sentence splitter. The rules, decided once: ``。！？`` (and ``!?``) end a
sentence; so do ``；``/``;`` — in these reports a semicolon joins statements that stand alone
(``…提升至94.6%；2023年达到97.2%``) and readers that need the whole run (the results prose reader
carrying a name on) look back over a ``；``; ``…``/``……`` end one too (the list it closes is over);
a line break ends one (table rows, hard-wrapped text). Commas, 、 and ： never do.

spaCy (~1.6 s) and jieba are imported on first use only. :func:`add_sentences` is the pipeline
step: it returns the document with :attr:`Paragraph.sentences` filled (spans in Document.text).
:func:`paragraph_sentences` is how every other step reads them (coverage, results): the spans
filled by the pipeline, or — for a paragraph built by hand — the same splitter run on its text.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Document, Paragraph, Span
from .tokenize import JiebaTokenizer, default_tokenizer

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

SENTENCE_END: tuple[str, ...] = ("。", "！", "？", "；", "!", "?", ";", "…", "……", "\n", "。”", "！”", "？”")


class _JiebaSpacyTokenizer:
    """spaCy tokenizer callable: one token per jieba word, no trailing spaces (offsets exact)."""

    def __init__(self, vocab: Vocab, tokenizer: JiebaTokenizer) -> None:
        self.vocab = vocab
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        from spacy.tokens import Doc

        words = [t.text for t in self.tokenizer.tokens(text)]
        return Doc(self.vocab, words=words, spaces=[False] * len(words))


class SentenceSplitter:
    """Splits text into sentence spans; builds its spaCy pipeline on first use."""

    def __init__(self, tokenizer: JiebaTokenizer | None = None) -> None:
        self._tokenizer = tokenizer
        self._nlp: Language | None = None
        self._lock = threading.Lock()

    def _pipeline(self) -> Language:
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    import spacy

                    nlp = spacy.blank("zh")
                    nlp.tokenizer = _JiebaSpacyTokenizer(nlp.vocab, self._tokenizer or default_tokenizer())
                    nlp.add_pipe("sentencizer", config={"punct_chars": list(SENTENCE_END)})
                    self._nlp = nlp
        return self._nlp

    def split(self, text: str) -> tuple[Span, ...]:
        """Sentence spans relative to ``text``, whitespace at their ends trimmed, none empty."""
        if not text.strip():
            return ()
        doc = self._pipeline()(text)
        out: list[Span] = []
        for sent in doc.sents:
            start, end = sent.start_char, sent.end_char
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                out.append(Span(start, end))
        return tuple(out)


def default_splitter() -> SentenceSplitter:
    """The splitter of the current :class:`~analyzer.resources.Resources`."""
    from ..resources import Resources

    return Resources.current().splitter


def add_sentences(doc: Document, splitter: SentenceSplitter | None = None) -> Document:
    """The document with every paragraph's sentences (spans in ``doc.text``); headings are one sentence."""
    splitter = splitter or default_splitter()
    paragraphs = []
    for p in doc.paragraphs:
        if p.kind == "heading":
            spans: tuple[Span, ...] = (p.span,)
        else:
            spans = tuple(Span(p.span.start + s.start, p.span.start + s.end) for s in splitter.split(p.text))
        paragraphs.append(replace(p, sentences=spans))
    return replace(doc, paragraphs=tuple(paragraphs))


def paragraph_sentences(paragraph: Paragraph, splitter: SentenceSplitter | None = None) -> tuple[str, ...]:
    """The sentences of one paragraph as text: from :attr:`Paragraph.sentences` when the pipeline
    filled them, otherwise split now with the same splitter (never another rule)."""
    if paragraph.sentences and paragraph.kind != "heading":
        base = paragraph.span.start
        out = tuple(paragraph.text[s.start - base : s.end - base] for s in paragraph.sentences)
        if all(out):
            return out
    return tuple(paragraph.text[s.start : s.end] for s in (splitter or default_splitter()).split(paragraph.text))
