"""Award standards as data: schema, validation, loading (``standards/*.yaml``)."""

from .crosswalk import (
    ClauseRef,
    Concept,
    Crosswalk,
    InvalidCrosswalk,
    load_crosswalk,
    validate_crosswalk,
)
from .loader import (
    load_all,
    load_file,
    load_standard,
    standard_dirs,
    standard_files,
    validate_file,
    with_limits,
)
from .render import standard_to_dict
from .validate import ValidationReport, validate_data

__all__ = [
    "ClauseRef",
    "Concept",
    "Crosswalk",
    "InvalidCrosswalk",
    "ValidationReport",
    "load_all",
    "load_crosswalk",
    "load_file",
    "load_standard",
    "standard_dirs",
    "standard_files",
    "standard_to_dict",
    "validate_crosswalk",
    "validate_data",
    "validate_file",
    "with_limits",
]
