"""Shared test fixtures, and which tests are ``slow``.

``pytest -m "not slow"`` is what a developer runs while working (under a minute on an idle
2-core machine, on two workers: :func:`pytest_cmdline_main`); plain ``pytest`` runs everything.
A test is slow when it carries ``@pytest.mark.slow`` or is listed in :data:`SLOW` below — one
list, kept here so that marking a test slow never means editing a test module someone else is
changing. Each entry is a test module, a folder (ending in
``/``) or one test function (all its parameters), with what makes it slow; an entry naming a test
that no longer exists is an error, so the list cannot silently go stale.
"""

from __future__ import annotations

import socket
from collections.abc import Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"

SLOW: tuple[str, ...] = (
    # a real browser, Streamlit AppTest sessions, and the app/server process lifetime
    "tests/browser/",
    "tests/app/",
    "tests/screen/test_secretariat_page.py",
    "tests/test_lifetime.py",
    # screening process pools (a folder screened once per module, workers killed, re-runs, subprocesses)
    "tests/screen/test_screen.py",
    "tests/test_flows.py::test_screen_follows_the_pipelines_store_and_jobs",
    "tests/test_names.py::test_a_non_utf8_file_name_gives_valid_json",
    "tests/test_not_self_assessment.py::test_screen_says_not_a_report",
    "tests/screen/test_screen_limits.py::test_a_stuck_worker_is_killed_and_its_row_says_why",
    "tests/screen/test_screen_limits.py::test_workers_left_no_process_behind",
    # a 40-page PDF drawn as glyph outlines, built and probed page by page
    "tests/ingest/test_pdf_real.py::test_outline_glyph_pdf_is_rejected_as_without_text",
    # the store under concurrency (several processes, a process killed mid-transaction)
    "tests/test_store.py::test_concurrent_processes_lose_no_decision",
    "tests/test_store.py::test_processes_creating_the_same_new_database_at_once",
    "tests/test_store.py::test_a_process_killed_mid_transaction_leaves_a_sound_database",
    # torch and a sentence-transformers model loaded (the tiny test model), embedding runs
    "tests/mapping/test_backends.py::test_tokenizer_of_the_tiny_model_knows_chinese",
    "tests/mapping/test_backends.py::test_embedding_loads_a_local_folder_and_scores",
    "tests/mapping/test_backends.py::test_clause_embeddings_are_cached_on_disk",
    "tests/mapping/test_backends.py::test_cache_dir_from_environment",
    "tests/mapping/test_backends.py::test_fingerprint_is_stable_across_copies",
    "tests/mapping/test_backends.py::test_model_from_environment",
    "tests/mapping/test_backends.py::test_auto_picks_hybrid_with_a_local_model",
    "tests/mapping/test_backends.py::test_explicit_backends",
    "tests/mapping/test_backends.py::test_missing_or_broken_local_folder",
    "tests/mapping/test_pipeline_backends.py::test_embedding_backend_runs_the_whole_analysis",
    "tests/mapping/test_pipeline_backends.py::test_auto_uses_hybrid_when_the_model_loads",
    # OCR (onnxruntime) of rendered scans and charts: seconds per page on 2 cores
    "tests/ocr/",
    # reports rendered to DOCX and PDF, and the evaluation job run end to end
    "tests/evaluation/test_render_and_job.py::test_rendered_formats_keep_every_paragraph",
    "tests/evaluation/test_render_and_job.py::test_pdf_has_running_header_and_page_numbers",
    "tests/evaluation/test_render_and_job.py::test_eval_job_end_to_end",
    # whole reports through the CLI, the named pipelines and the exports, end to end (each library
    # step has fast tests of its own; test_cli_analyze.py::test_json_contract stays in the fast loop)
    "tests/test_cli_analyze.py::test_convention_option_changes_the_length_count",
    "tests/test_cli_analyze.py::test_markdown_report_to_file",
    "tests/test_cli_analyze.py::test_json_contract_on_a_sample",
    "tests/test_cli_analyze.py::test_pdf_excerpt_written_by_libreoffice",
    "tests/test_flows.py::test_the_cli_takes_its_defaults_from_the_named_pipeline",
    "tests/test_export_html.py::test_cli_writes_html",
    "tests/test_export_xlsx.py::test_cli_writes_xlsx_and_requires_output",
    "tests/test_not_self_assessment.py::test_a_report_for_an_unknown_award_is_analysed_with_a_warning",
    "tests/test_not_self_assessment.py::test_analyze_a_budget_evaluation_gives_one_finding_and_no_bands",
    "tests/test_resources.py::test_each_resources_fits_its_own_scorers",
    "tests/test_resources.py::test_the_callers_resources_are_used_and_current_while_the_analysis_runs",
    "tests/mapping/test_speed_caches.py::test_prepare_fits_the_scorers_a_worker_needs",
    # walks over every labelled report (samples and ../shared), through the whole pipeline
    "tests/test_cli_analyze.py::test_auto_detects_and_reports_exactly_the_planted_missing_clauses_from_docx",
    "tests/mapping/test_genre.py::test_labelled_reports_stay_reports",
    "tests/mapping/test_detect.py::test_detects_the_standard",
    "tests/mapping/test_content.py::test_as_written_maps_paragraphs_and_finds_exactly_the_planted_missing_clauses",
    "tests/mapping/test_content.py::test_without_headings_order_and_content_still_map_most_paragraphs",
    "tests/mapping/test_content.py::test_misplaced_paragraph_is_credited_where_it_belongs_and_reported",
    "tests/test_scoring.py::test_every_scoring_unit_gets_a_well_formed_machine_suggestion",
    "tests/test_scoring.py::test_missing_below_thin_below_complete",
    "tests/test_scoring.py::test_removing_comparisons_lowers_a_result_band",
    "tests/test_scoring.py::test_cutting_years_lowers_a_result_band",
    "tests/test_record.py::test_every_labelled_report_round_trips",
    "tests/test_resources.py::test_own_resources_and_the_default_give_the_same_analysis",
    "tests/results/test_labelled_gold_mapping.py",
    "tests/results/test_labelled_reports.py",
    "tests/ingest/test_docx.py::test_dev_report_round_trip",
    "tests/ingest/test_docx.py::test_dev_report_skipped_clause_keeps_its_number",
    "tests/checks/test_length_limit.py::test_dev_report_counts_match_the_labels",
    "tests/checks/test_length_limit.py::test_dev_report_profile_counts_match_the_labels",
    "tests/checks/test_length_limit.py::test_dev_report_profile_over_limit_label",
    "tests/checks/test_length_limit.py::test_dev_report_findings_in_the_default_pipeline",
    "tests/checks/test_length_limit.py::test_dev_report_with_an_overridden_limit",
)


FAST_WORKERS = 2
"""Workers of the developer's loop (``pytest -m "not slow"``) when pytest-xdist is installed (the
``test`` extra): 2, the cores of the machine the targets are set on."""


@pytest.hookimpl(tryfirst=True)  # before xdist reads the option
def pytest_cmdline_main(config: pytest.Config) -> None:
    """``pytest -m "not slow"`` runs on :data:`FAST_WORKERS` processes unless ``-n`` says otherwise
    (``-n 0``: one process, e.g. to debug). A full run stays in one process: its process pools,
    servers and concurrency tests are timed for that."""
    if (
        not hasattr(config, "workerinput")  # (a worker of the run: it starts no workers of its own)
        and " ".join((config.option.markexpr or "").replace("'", '"').split()) == "not slow"
        and config.pluginmanager.hasplugin("xdist")
        and getattr(config.option, "numprocesses", None) is None
    ):
        config.option.numprocesses = FAST_WORKERS


def _slow_entry(nodeid: str, entries: Sequence[str] = SLOW) -> str | None:
    """The entry of ``entries`` that covers the test ``nodeid`` (``file::name[params]``), if any."""
    path, _, rest = nodeid.partition("::")
    name = rest.split("[", 1)[0]
    for entry in entries:
        if entry.endswith("/"):
            if path.startswith(entry):
                return entry
        elif "::" in entry:
            if entry == f"{path}::{name}":
                return entry
        elif entry == path:
            return entry
    return None


@pytest.hookimpl(tryfirst=True)  # before -m deselects anything
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    modules: dict[str, object] = {}
    for item in items:
        if _slow_entry(item.nodeid) is not None:
            item.add_marker(pytest.mark.slow)
        module = getattr(item, "module", None)
        if module is not None:
            modules[item.nodeid.split("::", 1)[0]] = module
    stale = [
        e
        for e in SLOW
        if "::" in e and e.split("::", 1)[0] in modules and not hasattr(modules[e.split("::", 1)[0]], e.split("::")[1])
    ]
    if stale:
        raise pytest.UsageError(f"tests/conftest.py SLOW names tests that do not exist: {', '.join(stale)}")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """SARA must work offline: any attempt to open a network connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise RuntimeError("network access attempted during a test")

    real_connect = socket.socket.connect

    def connect(self: socket.socket, address: object) -> None:
        if self.family == socket.AF_UNIX:
            return real_connect(self, address)  # type: ignore[arg-type]
        refuse()

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def test_standards_dir() -> Path:
    return DATA / "standards"
