"""Animations and space-time diagrams render headless, tiny, and refuse what they cannot draw."""

import matplotlib.image
import numpy as np
import pytest
from PIL import Image

from systolic.cli import main
from systolic.core.pe_trace import trace_gemm
from systolic.errors import ConfigError
from systolic.spec.hardware import ArraySpec
from systolic.views import animate, stepview
from systolic.views.backend import pyplot

A = np.array([[1, 2], [3, 4]], dtype=np.int32)
B = np.array([[5, 6], [7, 8]], dtype=np.int32)


@pytest.mark.parametrize("dataflow,cycles", [("ws", 6), ("os", 4), ("is", 6)])
def test_a_gif_has_one_frame_per_cycle(tmp_path, dataflow, cycles):
    path = tmp_path / f"{dataflow}.gif"
    animate.animation(trace_gemm(A, B, 2, 2, dataflow), path, fps=4)
    with Image.open(path) as gif:
        assert (gif.format, gif.n_frames) == ("GIF", cycles)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary left


def test_a_gif_with_shadow_registers_draws_both_banks(tmp_path):
    a4 = np.array([[8, 6, 5, 3], [3, 1, 1, 1]], dtype=np.int32)
    b4 = np.array([[2, 8], [6, 9], [5, 6], [9, 7]], dtype=np.int32)
    trace = trace_gemm(a4, b4, 2, 2, "ws", shadow=True)
    frames = animate._Frames(trace)
    try:
        frames.draw(3)
        assert frames.texts[0][0].get_text().splitlines()[:2] == ["B[0,0]=2", "(B[2,0]=5)"]
        assert "folds 1, 2 of 2" in frames.axes.get_title()
    finally:
        pyplot().close(frames.figure)
    path = tmp_path / "shadow.gif"
    animate.animation(trace, path, fps=4)
    with Image.open(path) as gif:
        assert gif.n_frames == trace.cycles == 8


def test_animate_cli_writes_the_gif_it_names(tmp_path, capsys):
    path = tmp_path / "ws.gif"
    code = main(["animate", "--rows", "2", "--cols", "2", "-M", "2", "-N", "2", "-K", "2",
                 "-o", str(path)])
    assert (code, capsys.readouterr().out) == (0, f"wrote {path} (6 cycles)\n")
    assert path.read_bytes()[:6] == b"GIF89a"


def test_spacetime_draws_larger_runs_than_animations(tmp_path, capsys):
    path = tmp_path / "st.png"
    code = main(["animate", "--hw", "teach-8x8", "--dataflow", "os", "-M", "20", "-N", "12",
                 "-K", "30", "--spacetime", "-o", str(path)])
    assert code == 0 and "wrote" in capsys.readouterr().out
    image = matplotlib.image.imread(path)
    assert len({tuple(pixel) for pixel in image.reshape(-1, image.shape[-1])[::97]}) > 4


def test_mp4_without_ffmpeg_is_a_clear_error(tmp_path, monkeypatch):
    from matplotlib import animation as mpl_animation

    monkeypatch.setattr(mpl_animation.writers, "is_available", lambda name: False)
    with pytest.raises(ConfigError, match="^animate: writing x.mp4 needs ffmpeg, which is not "
                                          "installed; use a .gif name$"):
        animate.animation(trace_gemm(A, B, 2, 2, "ws"), tmp_path / "x.mp4")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("argv,message", [
    (["-M", "300", "-o", "big.gif"],
     "animate: 300x4x4 takes 310 cycles on this array, too many to show; expected at most "
     "200 (try smaller -M/-N/-K)"),
    (["--hw", "teach-8x8", "--rows", "9", "-o", "big.gif"],
     "animate: a 9x8 array is too large to show; expected at most 8x8 PEs (try --rows/--cols)"),
    (["-o", "x.png"], "animate: output: expected a name ending in .gif or .mp4, got 'x.png'"),
    (["--spacetime", "-o", "x.gif"],
     "animate: output: expected a name ending in .png, .svg, .pdf, got 'x.gif'"),
    (["--hw", "tpu-v4-like", "--spacetime", "-M", "512", "-o", "x.png"],
     "animate: 512x4x4 on 128x128 (ws) takes 646 cycles: 10584064 PE-cycles is too many to "
     "record; expected at most 2000000"),
])
def test_animate_cli_refuses_what_it_cannot_draw(tmp_path, monkeypatch, capsys, argv, message):
    monkeypatch.chdir(tmp_path)
    base = {"-M": "4", "-N": "4", "-K": "4"}
    flags = [a for a in argv if a == "--spacetime"]
    rest = [a for a in argv if a != "--spacetime"]
    base |= dict(zip(rest[::2], rest[1::2]))
    code = main(["animate", *flags, *[x for pair in base.items() for x in pair]])
    assert (code, capsys.readouterr().err) == (2, f"systolic: error: {message}\n")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_figure_leaves_no_file(tmp_path, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(pyplot().Figure, "savefig", boom)
    trace = stepview.record(ArraySpec(2, 2, "ws"), 2, 2, 2, seed=0)
    with pytest.raises(RuntimeError, match="disk full"):
        animate.spacetime(trace, tmp_path / "st.png")
    assert list(tmp_path.iterdir()) == []
