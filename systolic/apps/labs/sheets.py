"""What a student is handed: the sheet in markdown, the answers template, the key.

Why: a sheet is read by a person and its answers are read back by
``grading``, so both are rendered here from one ``Sheet`` in one format:
markdown for the questions, and a flat TOML file with ``lab``, ``seed`` and
one key per question. The key is the same file filled in with the
simulator's answers, so it grades 100 %. Not rendered: the hints (grading
gives them as feedback) and the answers on the student's sheet.
"""

from __future__ import annotations

from systolic.apps.labs.records import Sheet
from systolic.apps.labs.toml_text import toml_value


def sheet_markdown(exercise: Sheet, answers_name: str = "answers.toml") -> str:
    """The exercise sheet a student reads, with the answers template at its end."""
    lines = [f"# Lab {exercise.lab}: {exercise.title}", "",
             f"Exercise sheet for `{exercise.seed}`: {len(exercise.questions)} questions, "
             f"{exercise.points} points. Background and worked examples: "
             f"`docs/labs/` notebook {exercise.lab}.", "", "## Setup", "", exercise.setup, ""]
    for number, question in enumerate(exercise.questions, 1):
        plural = "s" if question.points > 1 else ""
        lines += [f"## Q{number} ({question.points} point{plural}; answer `{question.key}`, "
                  f"{question.unit})", "", question.text, ""]
    lines += ["## Answers", "", f"Fill in `{answers_name}`, then grade it:", "",
              f"    systolic lab grade {exercise.lab} --seed {_shell_word(exercise.seed)} "
              f"{answers_name}", "", "```toml", answers_template(exercise).rstrip(), "```", ""]
    return "\n".join(lines)


def _shell_word(text: str) -> str:
    """``text`` as one word a shell reads back unchanged (quoted unless plain)."""
    return text if text.replace("-", "").replace("_", "").isalnum() else repr(text)


def _header(exercise: Sheet) -> list[str]:
    """The lines naming the sheet an answers file belongs to."""
    return [f"lab = {exercise.lab}", f"seed = {toml_value(exercise.seed)}"]


def answers_template(exercise: Sheet) -> str:
    """The TOML file a student fills in: every answer blank ("")."""
    lines = [f"# Lab {exercise.lab} answers: replace each \"\" by a number (or a word where "
             f"asked)."] + _header(exercise)
    lines += [f'{q.key} = ""   # {q.unit}' for q in exercise.questions]
    return "\n".join(lines) + "\n"


def key_toml(exercise: Sheet) -> str:
    """The answer key, in the answers file's format (it grades 100 %)."""
    lines = [f"# Lab {exercise.lab} answer key for seed {exercise.seed!r}."] + _header(exercise)
    lines += [f"{q.key} = {toml_value(q.answer)}   # {q.unit}" for q in exercise.questions]
    return "\n".join(lines) + "\n"
