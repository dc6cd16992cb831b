"""Hostile and broken audio inputs: every case ends in success or one clean error, in bounded time and memory.

Seeds are real files made at run time (WAV, FLAC, OGG, MP3, M4A, Opus); they are truncated, bit-flipped,
given wrong headers and absurd declared sizes (a WAV whose data chunk claims 4 GB...), plus zero-length
files, text renamed .wav and random bytes named .m4a. Each case goes through studio.audio.io.info/read,
loudness and media.import_files in a worker subprocess (address space limited, per-case time limit), a
sample through the real command line (`antenne import`, `loudness`, `transcribe`), and hypothesis
generates more mutations in-process.

Longer run: ANTENNE_FUZZ_SCALE=10 (more random mutations per seed, every case through the CLI) and
ANTENNE_FUZZ_EXAMPLES=2000 (hypothesis examples), e.g.
    ANTENNE_FUZZ_SCALE=10 ANTENNE_FUZZ_EXAMPLES=2000 pytest tests/test_fuzz_inputs.py
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.errors import StudioError
from tests.conftest import ffmpeg_encode
from tests.fixtures.privacy import FUZZ_CASES, REPO, make_small_workshop, run_cli, speech_like, tree

SCALE = max(1, int(os.environ.get("ANTENNE_FUZZ_SCALE", "1")))
EXAMPLES = int(os.environ.get("ANTENNE_FUZZ_EXAMPLES", "40"))
CASE_SECONDS = 30  # per case, all operations (an ffmpeg decode of a 1 s file takes ~50 ms)
MAX_RSS_MB = 1500
CLI_SECONDS = 90
#: Kinds sent through the real command line in the default run (every case with ANTENNE_FUZZ_SCALE>1);
#: the core test above runs every case through the same functions the commands call.
CLI_KINDS = ("valid", "truncated", "corrupted-frames", "wav-huge-or-absurd-header", "text-renamed", "random-bytes",
             "wav-nan-inf-samples")


def _make_seeds(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    data = speech_like(1.0, rate=48_000, channels=1, seed=3)
    stereo = speech_like(1.0, rate=44_100, channels=2, seed=4)
    seeds = {"wav": folder / "seed.wav", "flac": folder / "seed.flac", "ogg": folder / "seed.ogg",
             "wavf": folder / "seed-float.wav"}
    sf.write(seeds["wav"], data, 48_000, subtype="PCM_16")
    sf.write(seeds["wavf"], stereo, 44_100, subtype="FLOAT")
    sf.write(seeds["flac"], stereo, 44_100, subtype="PCM_16")
    sf.write(seeds["ogg"], data, 48_000, format="OGG", subtype="VORBIS")
    for ext, args in (("mp3", ("-c:a", "libmp3lame", "-b:a", "64k")), ("m4a", ("-c:a", "aac", "-b:a", "64k")),
                      ("opus", ("-c:a", "libopus", "-b:a", "32k"))):
        seeds[ext] = ffmpeg_encode(seeds["wav"], folder / f"seed.{ext}", *args)
    return seeds


def _find(data: bytes, tag: bytes) -> int:
    return data.find(tag)


def _wav_patch(data: bytes, field: str) -> bytes:
    """Rewrite one field of a canonical WAV header to an absurd value."""
    b = bytearray(data)
    fmt = _find(data, b"fmt ")
    dat = _find(data, b"data")
    if field == "riff_and_data_4gb":
        b[4:8] = struct.pack("<I", 0xFFFFFFFF)
        b[dat + 4:dat + 8] = struct.pack("<I", 0xFFFFFFF0)
    elif field == "channels_65535":
        b[fmt + 10:fmt + 12] = struct.pack("<H", 0xFFFF)
    elif field == "rate_zero":
        b[fmt + 12:fmt + 16] = struct.pack("<I", 0)
    elif field == "rate_4g":
        b[fmt + 12:fmt + 16] = struct.pack("<I", 0xFFFFFFFF)
    elif field == "bits_7":
        b[fmt + 22:fmt + 24] = struct.pack("<H", 7)
    elif field == "fmt_size_huge":
        b[fmt + 4:fmt + 8] = struct.pack("<I", 0x7FFFFFFF)
    elif field == "format_tag_unknown":
        b[fmt + 8:fmt + 10] = struct.pack("<H", 0x1234)
    return bytes(b)


def _flac_huge_total(data: bytes) -> bytes:
    b = bytearray(data)  # STREAMINFO starts at byte 8; total samples is a 36-bit field at bytes 21-25
    b[21] |= 0x0F
    b[22:26] = b"\xff\xff\xff\xff"
    return bytes(b)


def _atom_size(data: bytes, atom: bytes, size: int) -> bytes:
    b = bytearray(data)
    at = _find(data, atom)
    if at >= 4:
        b[at - 4:at] = struct.pack(">I", size)
    return bytes(b)


def huge_float_wav(data: bytes) -> bytes:
    """A float WAV with a few finite but absurd samples (3.4e38): squaring them overflows float32."""
    b = bytearray(data)
    at = _find(data, b"data") + 8
    for k in range(1, 4):
        b[at + 4000 * k:at + 4000 * k + 4] = struct.pack("<f", 3.4e38 * (-1) ** k)
    return bytes(b)


def build_cases(seeds: dict[str, Path], folder: Path, scale: int = 1) -> list[tuple[str, Path]]:
    """Every hostile file, as (kind, path); deterministic for a given scale."""
    rng = np.random.default_rng(2026)
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[tuple[str, Path]] = []

    def add(kind: str, name: str, data: bytes) -> None:
        path = folder / name
        path.write_bytes(data)
        cases.append((kind, path))

    for label, seed in seeds.items():
        data = seed.read_bytes()
        ext = f"{label}{seed.suffix}"  # file names: <mutation>.<label>.<real extension>
        n = len(data)
        cases.append(("valid", seed))
        cuts = {44, n // 2, n - 1} if scale == 1 else {1, 4, 12, 44, 200, n // 4, n // 2, n - n // 10, n - 1}
        for cut in sorted(cuts):
            add("truncated", f"trunc-{cut}.{ext}", data[:cut])
        for k in range(1 if scale == 1 else 3 * scale):
            flips = int(rng.choice([1, 8, 64]))
            b = bytearray(data)
            for pos in rng.integers(0, n, flips):
                b[pos] ^= 1 << int(rng.integers(0, 8))
            add("bit-flipped", f"flip{k}-{flips}.{ext}", bytes(b))
        b = bytearray(data)
        for pos in rng.integers(0, min(n, 64), 6):  # flips inside the header
            b[pos] ^= 0xFF
        add("header-flipped", f"hdrflip.{ext}", bytes(b))
        start = n // 3
        add("corrupted-frames", f"frames.{ext}", data[:start] + rng.bytes(n // 5) + data[start + n // 5:])
        if scale > 1:
            add("zeroed-header", f"zerohdr.{ext}", bytes(64) + data[64:])
            add("doubled", f"doubled.{ext}", data + data)
        other = {"wav": b"fLaC", "wavf": b"OggS", "flac": b"RIFF", "ogg": b"ID3\x04", "mp3": b"OggS", "m4a": b"RIFF",
                 "opus": b"fLaC"}
        add("wrong-magic", f"magic.{ext}", other[label] + data[4:])
        add("zero-length", f"empty.{ext}", b"")
        add("random-bytes", f"random.{ext}", rng.bytes(int(rng.integers(100, 200_000))))
    wav = seeds["wav"].read_bytes()
    for field in ("riff_and_data_4gb", "channels_65535", "rate_zero", "rate_4g", "bits_7", "fmt_size_huge",
                  "format_tag_unknown"):
        add("wav-huge-or-absurd-header", f"wav-{field}.wav", _wav_patch(wav, field))
    add("flac-huge-total-samples", "flac-huge-total.flac", _flac_huge_total(seeds["flac"].read_bytes()))
    m4a = seeds["m4a"].read_bytes()
    add("m4a-huge-atom", "m4a-huge-mdat.m4a", _atom_size(m4a, b"mdat", 0xFFFFFFF0))
    add("m4a-huge-atom", "m4a-huge-moov.m4a", _atom_size(m4a, b"moov", 0x7FFFFFFF))
    add("m4a-huge-atom", "m4a-zero-moov.m4a", _atom_size(m4a, b"moov", 0))
    add("text-renamed", "notes.wav", "Compte rendu de l'atelier\nÀ lire avant mardi.\n".encode() * 50)
    add("text-renamed", "page.mp3", b"<!DOCTYPE html><html><body>404 Not Found</body></html>\n")
    add("text-renamed", "message.opus", b"\xef\xbb\xbfBonjour\r\n" * 10)
    add("random-bytes", "voice.m4a", rng.bytes(50_000))
    add("random-bytes", "noext", rng.bytes(20_000))
    add("wav-header-only", "header-only.wav", wav[:_find(wav, b"data") + 8])
    wavf = bytearray(seeds["wavf"].read_bytes())
    at = _find(bytes(wavf), b"data") + 8
    for k, value in enumerate((float("nan"), float("inf"), float("-inf"))):
        wavf[at + 4000 * (k + 1):at + 4000 * (k + 1) + 4] = struct.pack("<f", value)
    add("wav-nan-inf-samples", "nan-inf.wav", bytes(wavf))
    add("wav-huge-float-samples", "huge-float.wav", huge_float_wav(seeds["wavf"].read_bytes()))
    return cases


@pytest.fixture(scope="module")
def fuzz_cases(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("fuzz")
    return build_cases(_make_seeds(root / "seeds"), root / "cases", SCALE)


def _worker_workshop(root: Path) -> Path:
    ws = make_small_workshop(root, names=("Maëlle",), seconds=0.5).path
    return ws


def run_worker(cases: list[tuple[str, Path]], ws: Path, participant: str) -> list[dict]:  # type: ignore[type-arg]
    """Run the cases in one worker subprocess; a crash or a hang of the worker names the case."""
    spec = {"workshop": str(ws), "participant": participant, "case_seconds": CASE_SECONDS, "thorough": SCALE > 1,
            "cases": [[k, str(p)] for k, p in cases]}
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    proc = subprocess.run(
        [sys.executable, "-c", "from tests.fixtures.privacy import fuzz_worker; fuzz_worker()"],
        input=json.dumps(spec), capture_output=True, text=True, cwd=REPO, env=env,
        timeout=CASE_SECONDS * len(cases) + 60,
    )
    results = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    if len(results) < len(cases):
        started = [line for line in proc.stdout.splitlines() if line.startswith("START")]
        i = int(started[-1].split()[1]) if started else 0
        kind, path = cases[i]
        pytest.fail(f"worker died (exit {proc.returncode}) on case {i} ({kind}, {path.name}): "
                    f"hang over {CASE_SECONDS}s, crash or memory blow-up\n{proc.stderr[-3000:]}")
    return results


def test_hostile_files_through_the_core(fuzz_cases: list[tuple[str, Path]], tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    halves = [fuzz_cases[0::2], fuzz_cases[1::2]]  # two workers: the machine has two cores
    spaces = [_worker_workshop(tmp_path / f"w{i}") for i in range(2)]
    with ThreadPoolExecutor(2) as pool:
        parts = list(pool.map(lambda i: run_worker(halves[i], spaces[i], "Maëlle"), range(2)))
    results = []
    for i, part in enumerate(parts):
        for r in part:
            r["case"] = halves[i][r["i"]]
            results.append(r)
    problems = [f"{r['kind']} {r['case'][1].name}: {p}" for r in results for p in r["problems"]]
    assert not problems, "\n".join(problems)
    for r in results:
        FUZZ_CASES[f"core: {r['kind']}"] += 1
        if r["kind"] == "valid":
            assert set(r["ops"].values()) == {"ok"}, r
        if r["kind"] in ("zero-length", "text-renamed", "random-bytes", "wav-header-only"):
            assert r["ops"]["import"].startswith("error: "), r
    peak = max(r["maxrss_mb"] for r in results)
    children = max(r["children_maxrss_mb"] for r in results)
    assert peak < MAX_RSS_MB and children < MAX_RSS_MB, (peak, children)
    slowest = max(results, key=lambda r: r["seconds"])
    assert slowest["seconds"] < CASE_SECONDS, slowest
    # the workshop is still valid and every take matches its media
    from studio.project import load_workshop
    from studio.project.media import sha256_file

    for ws in spaces:
        w = load_workshop(ws)
        for t in w.takes:
            assert sha256_file(ws / t.file) == t.sha256
    print(f"\nfuzz: {len(results)} cases through io.info/read, loudness and import; peak RSS {peak} MB "
          f"(ffmpeg {children} MB); slowest {slowest['seconds']} s ({slowest['kind']})")


def _cli_sample(cases: list[tuple[str, Path]], per_kind: int) -> list[tuple[str, Path]]:
    """`per_kind` cases of each kind, taken from a different seed format for each kind (so every format
    reaches the command line in turn)."""
    by_kind: dict[str, list[tuple[str, Path]]] = {}
    for case in cases:
        by_kind.setdefault(case[0], []).append(case)
    chosen: list[tuple[str, Path]] = []
    for i, (_kind, group) in enumerate(sorted(by_kind.items())):
        start = (i * 5) % len(group)
        chosen += (group[start:] + group[:start])[:per_kind]
    return chosen


def _assert_clean(proc: subprocess.CompletedProcess[str], what: str) -> None:
    assert "Traceback" not in proc.stderr, (what, proc.stderr)
    if proc.returncode != 0:
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        assert proc.returncode == 1, (what, proc.returncode, proc.stderr)
        assert len(lines) == 1 and lines[0].startswith("antenne: error: "), (what, proc.stderr)
        assert "unexpected failure" not in lines[0], (what, lines[0])


def _no_constant(name: str) -> None:
    raise AssertionError(f"{name} in JSON output")


def _command_available(*args: str) -> bool:
    proc = run_cli(*args, timeout=CLI_SECONDS)
    return "not available in this version yet" not in proc.stderr


def test_hostile_files_through_the_command_line(fuzz_cases: list[tuple[str, Path]], tmp_path: Path) -> None:
    ws = _worker_workshop(tmp_path)
    sample = fuzz_cases if SCALE > 1 else [c for c in _cli_sample(fuzz_cases, per_kind=1) if c[0] in CLI_KINDS]
    valid = next(p for k, p in fuzz_cases if k == "valid")
    loudness = _command_available("loudness", str(valid), "--json")
    for kind, path in sample:
        before_src = path.read_bytes()
        before_ws = tree(ws)
        proc = run_cli("import", str(ws), str(path), "--participant", "Maëlle", timeout=CLI_SECONDS)
        _assert_clean(proc, f"import {kind} {path.name}")
        if proc.returncode != 0:
            assert tree(ws) == before_ws, f"refused import changed the workshop ({kind} {path.name})"
        FUZZ_CASES[f"cli import: {kind}"] += 1
        if loudness:
            proc = run_cli("loudness", str(path), "--json", timeout=CLI_SECONDS)
            _assert_clean(proc, f"loudness {kind} {path.name}")
            if proc.returncode == 0:  # strict JSON: NaN or Infinity is not JSON
                assert isinstance(json.loads(proc.stdout, parse_constant=_no_constant), list), proc.stdout
            FUZZ_CASES[f"cli loudness: {kind}"] += 1
        assert path.read_bytes() == before_src
    from studio.project import load_workshop

    load_workshop(ws)
    if not loudness:
        pytest.skip("antenne loudness is not available yet: only import was run through the CLI")


def test_hostile_files_through_transcribe(fuzz_cases: list[tuple[str, Path]], tmp_path: Path) -> None:
    valid = next(p for k, p in fuzz_cases if k == "valid")
    if not _command_available("transcribe", str(valid), "--model", "tiny.en", "--language", "en"):
        pytest.skip("antenne transcribe is not available yet")
    kinds = ("valid", "truncated", "corrupted-frames", "wav-huge-or-absurd-header", "random-bytes")
    sample = [(k, p) for k, p in _cli_sample(fuzz_cases, 1 if SCALE == 1 else 100) if k in kinds]
    for kind, path in sample:
        before = path.read_bytes()
        out = tmp_path / f"{path.name}.json"
        proc = run_cli("transcribe", str(path), "--model", "tiny.en", "--language", "en", "--format", "json",
                       "-o", str(out), timeout=CLI_SECONDS)
        _assert_clean(proc, f"transcribe {kind} {path.name}")
        if proc.returncode == 0:
            assert isinstance(json.loads(out.read_text("utf-8"))["segments"], list)
        else:
            assert not out.exists()
        assert path.read_bytes() == before
        FUZZ_CASES[f"cli transcribe: {kind}"] += 1


def test_loudness_json_stays_json_for_huge_float_samples(seed_bytes: dict[str, bytes], tmp_path: Path) -> None:
    path = tmp_path / "huge-float.wav"
    path.write_bytes(huge_float_wav(seed_bytes["wavf"]))
    proc = run_cli("loudness", str(path), "--json", timeout=CLI_SECONDS)
    _assert_clean(proc, "loudness huge float samples")
    if proc.returncode == 0:
        json.loads(proc.stdout, parse_constant=_no_constant)
    FUZZ_CASES["cli loudness: wav-huge-float-samples"] += 1


# -- hypothesis: more mutations, in-process ---------------------------------------------------------



@pytest.fixture(scope="module")
def seed_bytes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    seeds = _make_seeds(tmp_path_factory.mktemp("hseeds"))
    return {ext: p.read_bytes() for ext, p in seeds.items()}


mutation = st.one_of(
    st.tuples(st.just("truncate"), st.floats(0, 1)),
    st.tuples(st.just("flip"), st.lists(st.tuples(st.floats(0, 1), st.integers(0, 7)), min_size=1, max_size=40)),
    st.tuples(st.just("overwrite"), st.floats(0, 1), st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("insert"), st.floats(0, 1), st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("u32"), st.integers(0, 80), st.sampled_from([0, 1, 0x7FFFFFFF, 0xFFFFFFFF, 0xFFFFFFF0])),
)


def _mutate(data: bytes, ops: list[tuple]) -> bytes:  # type: ignore[type-arg]
    b = bytearray(data)
    for op in ops:
        n = len(b)
        if op[0] == "truncate":
            del b[int(op[1] * n):]
        elif op[0] == "flip" and n:
            for where, bit in op[1]:
                b[min(n - 1, int(where * n))] ^= 1 << bit
        elif op[0] == "overwrite":
            at = int(op[1] * n)
            b[at:at + len(op[2])] = op[2]
        elif op[0] == "insert":
            at = int(op[1] * n)
            b[at:at] = op[2]
        elif op[0] == "u32" and n >= op[1] + 4:
            b[op[1]:op[1] + 4] = struct.pack("<I", op[2])
    return bytes(b)


def _expect_clean(path: Path) -> None:
    from studio.audio import io

    try:
        found = io.info(path)
    except StudioError as e:
        assert e.one_line() and "\n" not in e.one_line()
        return
    try:
        audio, rate = io.read(path)
    except StudioError:
        return
    assert audio.dtype == np.float32 and audio.ndim == 2 and rate == found.sample_rate
    assert np.isfinite(audio).all()


@pytest.mark.timeout(300)
@settings(max_examples=EXAMPLES, deadline=20_000, derandomize=SCALE == 1,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(label=st.sampled_from(["wav", "wavf", "flac", "ogg", "mp3", "m4a", "opus"]),
       ops=st.lists(mutation, min_size=1, max_size=4))
def test_hypothesis_mutations(seed_bytes: dict[str, bytes], tmp_path: Path, label: str, ops: list) -> None:  # type: ignore[type-arg]
    path = tmp_path / f"h.{'wav' if label == 'wavf' else label}"
    data = _mutate(seed_bytes[label], ops)
    path.write_bytes(data)
    _expect_clean(path)
    assert path.read_bytes() == data
    FUZZ_CASES["hypothesis: mutated file"] += 1


@pytest.mark.timeout(300)
@settings(max_examples=EXAMPLES, deadline=20_000, derandomize=SCALE == 1,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ext=st.sampled_from(["wav", "flac", "ogg", "mp3", "m4a", "opus", "webm", "amr", "txt"]),
       data=st.binary(min_size=0, max_size=4096))
def test_hypothesis_random_bytes(tmp_path: Path, ext: str, data: bytes) -> None:
    path = tmp_path / f"r.{ext}"
    path.write_bytes(data)
    _expect_clean(path)
    FUZZ_CASES["hypothesis: random bytes"] += 1


@settings(max_examples=EXAMPLES * 2, deadline=5_000, derandomize=SCALE == 1,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["schema_version", "title", "participants", "takes", "episodes", "plan", "log", "exports",
                         "name", "consent", "consent_log", "items", "markers", "id", "file", "path"]),
        children, max_size=6),
    max_leaves=20))
def test_hypothesis_damaged_workshop_file(tmp_path: Path, doc: object) -> None:
    """A damaged or hand-edited workshop.json gives a clear WorkshopError, never another exception."""
    from studio.errors import WorkshopError
    from studio.project import load_workshop

    folder = tmp_path / "damaged"
    folder.mkdir(exist_ok=True)
    if isinstance(doc, dict):
        doc.setdefault("schema_version", 1)
        doc.setdefault("title", "x")
    (folder / "workshop.json").write_text(json.dumps(doc), "utf-8")
    try:
        load_workshop(folder)
    except WorkshopError:
        pass
    FUZZ_CASES["hypothesis: workshop.json"] += 1
