"""Watch a small GEMM move through the array: an animation and a space-time diagram.

Two figures from the PE-level engine's recording (``core/pe_trace.py``):

- ``animation``: one frame per cycle, the step view drawn (``stepview.py``):
  each PE a square coloured by what it does this cycle (MAC, preload,
  passing an operand through, idle) with its three registers written in
  it, the operands entering at the left and top edges, the results
  leaving, and a title with the cycle counter and the running
  utilization. Saved as a GIF through Pillow, or as MP4 when the name ends
  in ``.mp4`` and ffmpeg is installed. Small arrays and GEMMs only
  (``MAX_SIDE``, ``MAX_FRAMES``): each frame is drawn and kept.
- ``spacetime``: one image for any size the recording allows, PE index
  (row-major) against cycle, coloured by the same activities, with fold
  boundaries marked: fill and drain are the triangles.

matplotlib runs headless (Agg). Frames go straight to the movie writer,
each drawn once (``FuncAnimation.save`` would draw each twice). Files are
written under a temporary name and renamed (``files.atomic_path``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from systolic.errors import ConfigError
from systolic.views import files
from systolic.views.backend import pyplot
from systolic.views.stepview import (fold_text, left_labels, output_labels, register_label,
                                     top_labels)

if TYPE_CHECKING:
    from matplotlib.patches import Patch, Rectangle

    from systolic.core.pe_trace import PeTrace

MAX_SIDE = 8       # PEs per side: beyond this the register text is unreadable
MAX_FRAMES = 200   # cycles: about 0.05 s each to draw and encode
DEFAULT_FPS = 2    # slow enough to read the numbers
ANIMATION_DPI = 80
SPACETIME_DPI = 120
COLOURS = ("#eeeeee", "#2ca02c", "#1f77b4", "#ffcc66")  # idle, MAC, preload, passing
SPACETIME_SUFFIXES = (".png", ".svg", ".pdf")
PE_TEXT_POINTS = 8
PE_EDGE, WRITE_EDGE = "#555555", "#d62728"  # a PE writing a result out gets a red frame


def _writer(path: Path, fps: float):
    """Pillow for .gif, ffmpeg for .mp4; a clear error for anything else."""
    from matplotlib import animation as mpl_animation
    if path.suffix == ".gif":
        return mpl_animation.PillowWriter(fps=fps)
    if path.suffix == ".mp4":
        if not mpl_animation.writers.is_available("ffmpeg"):
            raise ConfigError(f"animate: writing {path.name} needs ffmpeg, which is not "
                              f"installed; use a .gif name")
        return mpl_animation.FFMpegWriter(fps=fps)
    raise ConfigError(f"animate: output: expected a name ending in .gif or .mp4, "
                      f"got {str(path)!r}")


class _Frames:
    """The artists of the animated figure, and how one cycle updates them."""

    def __init__(self, trace: PeTrace):
        plt = pyplot()
        self.trace = trace
        rows, cols = trace.shape
        self.figure, self.axes = plt.subplots(figsize=(1.5 * cols + 1.6, 0.9 * rows + 1.9))
        self.figure.subplots_adjust(left=0.01, right=0.99, top=0.88, bottom=0.07)
        self.axes.set_xlim(-1.1, cols + 0.05)
        self.axes.set_ylim(rows + 0.55, -0.8)
        self.axes.axis("off")
        self.squares = [[self._square(i, j) for j in range(cols)] for i in range(rows)]
        self.texts = [[self.axes.text(j + 0.05, i + 0.5, "", va="center", ha="left",
                                      family="monospace", fontsize=PE_TEXT_POINTS)
                       for j in range(cols)] for i in range(rows)]
        self.left = [self.axes.text(-0.05, i + 0.5, "", ha="right", va="center",
                                    fontsize=PE_TEXT_POINTS) for i in range(rows)]
        self.top = [self.axes.text(j + 0.5, -0.15, "", ha="center", va="bottom",
                                   fontsize=PE_TEXT_POINTS) for j in range(cols)]
        self.bottom = [self.axes.text(j + 0.5, rows + 0.15, "", ha="center", va="top",
                                      fontsize=PE_TEXT_POINTS) for j in range(cols)]
        self.axes.legend(handles=_legend(), loc="upper center", ncol=5, frameon=False,
                         fontsize=PE_TEXT_POINTS, bbox_to_anchor=(0.5, 0.0))
        self.activity = trace.activity()

    def _square(self, i: int, j: int) -> Rectangle:
        from matplotlib.patches import Rectangle
        return self.axes.add_patch(Rectangle((j + 0.02, i + 0.02), 0.96, 0.96,
                                             edgecolor=PE_EDGE, facecolor=COLOURS[0]))

    def draw(self, cycle: int) -> None:
        """Set every artist to what the array holds in ``cycle``."""
        trace = self.trace
        rows, cols = trace.shape
        for i in range(rows):
            for j in range(cols):
                self.squares[i][j].set_facecolor(COLOURS[self.activity[cycle, i, j]])
                written = trace.written[cycle, i, j]
                self.squares[i][j].set_edgecolor(WRITE_EDGE if written else PE_EDGE)
                self.squares[i][j].set_linewidth(2.5 if written else 1.0)
                self.texts[i][j].set_text("\n".join(
                    register_label(trace, cycle, i, j, r) for r in trace.registers))
        for text, label in zip(self.left, left_labels(trace, cycle)):
            text.set_text(f"{label} →" if label else "")
        for text, label in zip(self.top, top_labels(trace, cycle)):
            text.set_text(f"{label}\n↓" if label else "")
        written = {j: label for _, j, label in output_labels(trace, cycle)}
        for j, text in enumerate(self.bottom):
            text.set_text(written.get(j, "") if trace.dataflow != "os" else "")
        self.axes.set_title(_title(trace, cycle), fontsize=9)


def _legend() -> list[Patch]:
    from matplotlib.patches import Patch

    from systolic.core.pe_trace import ACTIVITIES
    return [*(Patch(facecolor=colour, edgecolor=PE_EDGE, label=name)
              for colour, name in zip(COLOURS, ACTIVITIES)),
            Patch(facecolor="white", edgecolor=WRITE_EDGE, linewidth=2.5, label="writes out")]


def _title(trace: PeTrace, cycle: int) -> str:
    """The GEMM, the cycle counter, the fold and the running utilization."""
    m, k = trace.a.shape
    rows, cols = trace.shape
    return (f"{trace.dataflow}: {m}x{trace.b.shape[1]}x{k} GEMM on a {rows}x{cols} array\n"
            f"cycle {cycle} / {trace.cycles - 1}   {fold_text(trace, cycle)}   "
            f"utilization so far {100 * trace.utilization(cycle):.1f} %")


def animation(trace: PeTrace, path: str | os.PathLike, fps: float = DEFAULT_FPS) -> None:
    """Write one frame per cycle of ``trace`` to ``path`` (.gif, or .mp4 with ffmpeg)."""
    plt = pyplot()
    rows, cols = trace.shape
    if max(rows, cols) > MAX_SIDE or trace.cycles > MAX_FRAMES:
        raise ConfigError(f"animate: a {rows}x{cols} array for {trace.cycles} cycles is too "
                          f"large to animate; expected at most {MAX_SIDE}x{MAX_SIDE} PEs and "
                          f"{MAX_FRAMES} cycles (use --spacetime for larger runs)")
    writer = _writer(Path(path), fps)
    frames = _Frames(trace)
    try:
        with files.atomic_path(path) as temporary, \
                writer.saving(frames.figure, temporary, ANIMATION_DPI):
            for cycle in range(trace.cycles):
                frames.draw(cycle)
                writer.grab_frame()
    finally:
        plt.close(frames.figure)


def spacetime(trace: PeTrace, path: str | os.PathLike) -> None:
    """Write the space-time diagram of ``trace`` (.png, .svg or .pdf)."""
    plt = pyplot()
    from matplotlib.colors import ListedColormap
    if Path(path).suffix not in SPACETIME_SUFFIXES:
        raise ConfigError(f"animate: output: expected a name ending in "
                          f"{', '.join(SPACETIME_SUFFIXES)}, got {str(path)!r}")
    rows, cols = trace.shape
    codes = trace.activity().reshape(trace.cycles, rows * cols).T
    figure, axes = plt.subplots(figsize=(min(12, 4 + trace.cycles / 8),
                                         min(9, 2 + rows * cols / 6)))
    axes.imshow(codes, aspect="auto", interpolation="nearest", cmap=ListedColormap(COLOURS),
                vmin=-0.5, vmax=len(COLOURS) - 0.5)
    for fold in trace.folds[1:]:
        axes.axvline(fold.first_cycle - 0.5, color="black", linewidth=0.8)
    if rows * cols <= 32:
        axes.set_yticks(range(rows * cols),
                        [f"PE({i},{j})" for i in range(rows) for j in range(cols)], fontsize=7)
    axes.set_xlabel("cycle (vertical lines: fold boundaries)")
    axes.set_ylabel(f"PE, row by row (index = row x {cols} + column)")
    m, k = trace.a.shape
    axes.set_title(f"{trace.dataflow}: {m}x{trace.b.shape[1]}x{k} GEMM on a {rows}x{cols} "
                   f"array: {trace.cycles} cycles, {len(trace.folds)} fold(s), utilization "
                   f"{100 * trace.utilization(trace.cycles - 1):.1f} %", fontsize=9)
    axes.legend(handles=_legend(), loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
    figure.tight_layout()
    try:
        with files.atomic_path(path) as temporary:
            figure.savefig(temporary, dpi=SPACETIME_DPI)
    finally:
        plt.close(figure)
