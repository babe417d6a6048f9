"""What the code reads at run time is in the installed package, not only in a checkout.

A wheel holds the package directories and the files their ``package-data`` globs in
pyproject.toml name; a file read from the repository's top level (ontology.ttl,
shapes.ttl) would be missing from it.
"""
from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

from graph import rdf, resolve, sectors
from loaders import script

ROOT = Path(__file__).resolve().parent.parent


def _shipped(path: Path) -> bool:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    rel = path.relative_to(ROOT)
    package = ".".join(rel.parent.parts)
    while package and package not in config["packages"]:
        package = package.rpartition(".")[0]
    if not package:
        return False
    inside = rel.relative_to(Path(*package.split("."))).as_posix()
    return any(fnmatch.fnmatch(inside, pattern) for pattern in config["package-data"].get(package, []))


def test_data_files_read_at_run_time_are_shipped_in_the_package():
    for path in (rdf.ONTOLOGY, rdf.SHAPES, resolve.TABLE, sectors.DATA, script.TABLE):
        assert path.is_file(), path
        assert _shipped(path), f"{path} is not in the package data of pyproject.toml"


def test_the_packaged_ontology_and_shapes_are_the_top_level_files():
    assert rdf.ONTOLOGY.read_bytes() == (ROOT / "ontology.ttl").read_bytes()
    assert rdf.SHAPES.read_bytes() == (ROOT / "shapes.ttl").read_bytes()


def test_a_top_level_file_is_not_shipped():
    assert not _shipped(ROOT / "ontology.ttl")
