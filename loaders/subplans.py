"""Compilations of department sub-plans (placeholder: none found)."""
from __future__ import annotations


def find_subplans(text, ps, meta):  # noqa: ANN001
    return []
