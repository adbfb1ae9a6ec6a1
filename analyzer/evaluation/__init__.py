"""Evaluation tooling: re-render labelled reports in other layouts and formats, keeping their labels.

* :mod:`analyzer.evaluation.perturb` — the layout-perturbation generator (variants of a labelled
  report as Markdown plus its updated ``labels.json``);
* :mod:`analyzer.evaluation.render` — the same blocks as DOCX (real heading styles, Word tables)
  and PDF (reportlab, built-in CID font), with a per-(report, variant, format) cache.

The metrics stay in :mod:`analyzer.evaluate`; the job that runs everything is
``pipelines/eval_generalize.py``.
"""
