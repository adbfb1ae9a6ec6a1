"""Mapping the report onto the standard: headings first, then paragraphs."""

from .align import Alignment, NumberingScheme, SectionAlignment, align_sections

__all__ = ["Alignment", "NumberingScheme", "SectionAlignment", "align_sections"]
