"""Checks: each one module with a permanent code, a slug, a severity and bilingual messages.

See :mod:`analyzer.checks.base` for the contract and :mod:`analyzer.checks.registry` for the list.
"""

from .base import Check, CheckConfig, CheckContext, CheckSpec
from .registry import CHECKS, check, run_checks

__all__ = ["CHECKS", "Check", "CheckConfig", "CheckContext", "CheckSpec", "check", "run_checks"]
