"""The checksum list of an evidence package: the form `sha256sum -c` reads, and names it takes unquoted."""

from __future__ import annotations

from inspector_app.services.package_files import parse_sums, safe_name, sums_text


def test_sums_are_written_sorted_in_text_mode_and_read_back():
    digests = {"recordings/b.MP4": "b" * 64, "VERIFY.txt": "a" * 64}
    text = sums_text(digests)
    assert text == f"{'a' * 64}  VERIFY.txt\n{'b' * 64}  recordings/b.MP4\n".encode()
    assert parse_sums(text) == (digests, [])
    assert parse_sums(f"{'c' * 64} *binary.bin\nnot a line\n".encode()) == \
        ({"binary.bin": "c" * 64}, ["SHA256SUMS line 2 is not a checksum line"])


def test_names_are_plain_basenames():
    assert safe_name("RECORD/20261123/20261123_100500_0001.MP4", "x") == "20261123_100500_0001.MP4"
    assert safe_name("DCIM\\Фото 1.jpg", "x") == "1.jpg"
    assert safe_name("../..", "recording-7") == "recording-7"
    assert safe_name("a b\nc.mp4", "x") == "a_b_c.mp4"
