"""The format-independent text layer: normalize → headings → sections/paragraphs → counts.

Entry point: :func:`analyzer.text.segment.build_document` (RawDocument → Document). Sentence
splitting (spaCy + jieba, heavy imports) is the separate step
:func:`analyzer.text.sentences.add_sentences`. Nothing is imported here, so importing
``analyzer.text`` stays cheap.
"""
