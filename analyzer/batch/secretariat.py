"""What the secretariat's page uses, in one place: screen a folder, keep and reload runs, show and
export the table, draw the heat map. The page imports this module only (like the review pages and
:mod:`analyzer.review.workspace`)."""

from __future__ import annotations

from ..export.labels import STATUS_ZH, UPLOAD_FORMATS_ZH
from ..export.screening import COLUMNS, display_rows, screening_xlsx
from ..flows import SECRETARIAT_FLOW, load_flow
from ..heatmap import chart_layout, group_by_standard, submissions_matrix
from ..names import unique_names
from ..standards import load_all
from .runner import ScreenProgress, WorkerChoice, load_run, recent_runs, save_run, screen_folder, worker_choice
from .verdict import ScreenResult

__all__ = [
    "COLUMNS",
    "SECRETARIAT_FLOW",
    "STATUS_ZH",
    "UPLOAD_FORMATS_ZH",
    "ScreenProgress",
    "ScreenResult",
    "WorkerChoice",
    "chart_layout",
    "display_rows",
    "group_by_standard",
    "load_all",
    "load_flow",
    "load_run",
    "recent_runs",
    "save_run",
    "screen_folder",
    "screening_xlsx",
    "submissions_matrix",
    "unique_names",
    "worker_choice",
]
