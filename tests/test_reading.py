"""Reading plan files: every common Chinese encoding decodes; every bad file is refused by name."""
from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from graph.errors import UnreadableFile
from loaders.reading import read_text

PLAN = "一、主要任务\n（一）加强监管\n严格执法检查。（省应急厅牵头，省公安厅配合）\n"


def write(tmp_path: Path, data: bytes, name: str = "plan.txt") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"])
def test_common_encodings_decode_to_the_same_text(tmp_path: Path, encoding: str) -> None:
    text, used = read_text(write(tmp_path, PLAN.encode(encoding)))
    assert text == PLAN
    assert used


def test_gb18030_is_reported_as_such(tmp_path: Path) -> None:
    assert read_text(write(tmp_path, PLAN.encode("gb18030")))[1] == "gb18030"


def test_mixed_line_endings_are_kept_as_read(tmp_path: Path) -> None:
    raw = "一、规划目标\r\n1.死亡人数下降15%。\n2.起数下降10%。\r3.完成。"
    text, _ = read_text(write(tmp_path, raw.encode("utf-8")))
    assert text == raw


@pytest.mark.parametrize("data,words", [
    (b"", "empty"),
    (b"  \n\t \r\n", "white space"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"%PDF-1.7\n", "PDF"),
    (b"\x00\x01\x02\x03binary\x00\x00\x05", "binary"),
])
def test_bad_bytes_are_refused_with_a_reason(tmp_path: Path, data: bytes, words: str) -> None:
    path = write(tmp_path, data)
    with pytest.raises(UnreadableFile) as err:
        read_text(path)
    assert words in str(err.value) and str(path) in str(err.value)


def test_zip_and_docx_are_refused_as_archives(tmp_path: Path) -> None:
    for name in ("plan.zip", "plan.docx"):
        path = tmp_path / name
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("word/document.xml", "<w:document/>")
        with pytest.raises(UnreadableFile, match="ZIP archive"):
            read_text(path)


def test_truncated_utf8_still_decodes_or_is_refused_by_name(tmp_path: Path) -> None:
    data = PLAN.encode("utf-8")[:-2]  # cut inside the last character
    path = write(tmp_path, data)
    try:
        text, _ = read_text(path)
    except UnreadableFile as err:
        assert str(path) in str(err)
    else:
        assert text.startswith("一、主要任务")


def test_directory_and_missing_paths_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="directory"):
        read_text(tmp_path)
    with pytest.raises(UnreadableFile, match="no such file"):
        read_text(tmp_path / "absent.txt")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, PLAN.encode())
    path.chmod(0)
    try:
        with pytest.raises(UnreadableFile, match="permission"):
            read_text(path)
    finally:
        path.chmod(0o644)


def test_a_path_that_cannot_be_opened_is_refused(tmp_path: Path) -> None:
    # Under root chmod 000 does not stop reading; a dangling symlink is unreadable for everyone.
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(UnreadableFile):
        read_text(link)


def test_control_characters_are_counted_without_a_python_loop():
    from loaders.reading import _looks_like_text

    assert _looks_like_text("规划\r\n\t\f\v一、" * 100)
    assert not _looks_like_text("\x01\x02\x1b规划")
    assert _looks_like_text("\x01" * 2 + "规" * 400)  # a stray control or two is tolerated
