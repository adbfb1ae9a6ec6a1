"""Award standards as data: schema, validation, loading (``standards/*.yaml``)."""

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
    "ValidationReport",
    "load_all",
    "load_file",
    "load_standard",
    "standard_dirs",
    "standard_files",
    "standard_to_dict",
    "validate_data",
    "validate_file",
    "with_limits",
]
