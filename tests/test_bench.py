"""The benchmark corpus generator and runner (no timing is checked here)."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # bench/ is not an installed package
    sys.path.insert(0, str(ROOT))

from bench.generate import KINDS, generate, generate_document  # noqa: E402


def _bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_generator_is_deterministic(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    generate(a, scale=0.05, seed=3)
    generate(b, scale=0.05, seed=3)
    assert _bytes(a) == _bytes(b)
    manifest = json.loads((a / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["files"] >= 1 and manifest["bytes"] >= 0.05 * 388_746


def test_other_seed_other_text(tmp_path):
    generate(tmp_path / "a", scale=0.05, seed=3)
    generate(tmp_path / "b", scale=0.05, seed=4)
    assert _bytes(tmp_path / "a") != _bytes(tmp_path / "b")


def test_a_bigger_scale_extends_a_smaller_one(tmp_path):
    small = generate(tmp_path / "s", scale=0.3, seed=5)
    big = generate(tmp_path / "b", scale=0.6, seed=5)
    for entry in small["list"][:-1]:  # only the last file of a size is cut short
        assert (tmp_path / "s" / entry["file"]).read_bytes() == (tmp_path / "b" / entry["file"]).read_bytes()
    assert big["bytes"] > small["bytes"]


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_parses_into_units_with_assignments(kind):
    from loaders import parse_plan

    text = generate_document(11, 0, kind=kind, size=20_000)
    doc = parse_plan(text, source=f"{kind}.txt")
    units = doc.units()
    assert len(units) >= 10, kind
    with_lead = [u for u in units if any(a.role.value == "lead" for a in u.assignments)]
    assert with_lead, f"{kind}: no unit with a leading department"


def test_written_like_the_plans():
    division = generate_document(11, 0, kind="division", size=20_000)
    assert re.search(r"〔20\d\d〕\d+号", division)  # document number
    assert "一、规划目标" in division and "二、主要任务" in division and "（一）" in division
    assert re.search(r"（[^（）]*牵头，[^（）]*按职责分工负责）|\([^()]*牵头,[^()]*按职责分工负责\)", division)
    workpoints = generate_document(11, 0, kind="workpoints", size=20_000)
    assert re.search(r"牵头单位：|责任单位：|【牵头单位】", workpoints)
    compilation = generate_document(11, 0, kind="compilation", size=80_000)
    assert re.search(r"^1\..+·+（\d+）$", compilation, re.M)  # a table of contents
    duties = generate_document(11, 0, kind="duties", size=20_000)
    assert re.search(r"^\s*（\d+）[^：\n]+：负责", duties, re.M)


def test_generator_command_line(tmp_path):
    out = tmp_path / "c"
    proc = subprocess.run([sys.executable, "bench/generate.py", "--scale", "0.05", "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    assert "files" in proc.stdout
    assert (out / "manifest.json").exists()


def test_runner_prints_a_table_without_errors(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "bench.run", "--scale", "0.05", "--repeat", "1", "--jobs", "2", "--file-by-file",
         "--corpus", str(tmp_path / "corpus"), "--scratch", str(tmp_path / "scratch")],
        cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("|")]
    assert lines[0].startswith("| measure | median | min | max |")
    assert any(ln.startswith("| extraction, 1 process: MB/s |") for ln in lines)
    assert any("embedded (LadybugDB)" in ln for ln in lines)
    assert any(ln.startswith("| embedded (LadybugDB): file by file / --jobs 2") for ln in lines)
    assert not [ln for ln in lines if "Error" in ln or "n/a" in ln and "Bolt" not in ln]
    # the figures say which Python build made them (it changes them by a fifth)
    assert f"({sys.executable}, libpython " in proc.stdout


def test_instruction_counter_names_a_folder_that_is_not_a_checkout(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "bench.instructions", "--against", str(tmp_path)],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 1
    assert f"{tmp_path} is not a dutygraph checkout" in proc.stderr


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
def test_instruction_counter_counts_every_step_of_a_small_plan(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "plan.txt").write_text(generate_document(3, 0, kind="division", size=3_000), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "bench.instructions", "--corpus", str(corpus)],
                          cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert proc.returncode == 0, proc.stderr[-2000:]
    rows = dict(re.findall(r"^\| ([a-z ]+) \| ([\d,.]+) \|", proc.stdout, re.M))
    assert set(rows) == {"structure", "responsibilities", "resolution", "sectors", "all steps"}
    # a step of a small plan takes well under a million instructions: shown with a decimal, not as 0
    assert all(float(n.replace(",", "")) > 0 for n in rows.values()), proc.stdout
