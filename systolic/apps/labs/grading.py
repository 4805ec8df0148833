"""Judging a student's answers against the simulator's, and the feedback they get.

Why: the instructor grades with the simulator instead of a harness of
their own, and a notebook checks an answer the same way. Counts (cycles,
folds, tiles, bytes) must equal the simulator's exactly; real numbers
(energy, utilization, ratios) must be within ``RELATIVE_TOLERANCE`` of it;
named choices (a dataflow, an op, an energy component, an array shape) are
compared without case or spaces, and any of the tied best is right when
several tie. A missing or mistyped answer scores 0 with feedback. Feedback
says right or wrong and gives a hint; it shows the expected value only
when the instructor asks (``--show-expected``), so a student cannot grade
their way to the key. An answers file of another lab or seed, or with an
unknown key, is an error rather than a zero. Not covered: free-text
answers, partial credit within a question.
"""

from __future__ import annotations

import math
from pathlib import Path

from systolic.apps.labs.records import RELATIVE_TOLERANCE, Mark, Question, Sheet, normalise
from systolic.apps.labs.toml_text import toml_value
from systolic.errors import ConfigError
from systolic.spec import presets


def read_answers(path: str | Path) -> dict:
    """An answers file as a dict; malformed TOML is one line naming file and line."""
    return presets.read_toml(path)


def grade(exercise: Sheet, answers: dict, source: str = "answers.toml") -> list[Mark]:
    """One mark per question; unknown keys or another lab's file are errors."""
    _check_answers_file(exercise, answers, source)
    return [_mark(question, answers.get(question.key, "")) for question in exercise.questions]


def _check_answers_file(exercise: Sheet, answers: dict, source: str) -> None:
    """Raise ``ConfigError`` for another sheet's lab or seed, or an unknown key."""
    for field, expected in (("lab", exercise.lab), ("seed", exercise.seed)):
        if field in answers and answers[field] != expected:
            raise ConfigError(f"{source}: {field}: expected {expected!r} (the sheet being "
                              f"graded), got {answers[field]!r}")
    known = {"lab", "seed"} | {q.key for q in exercise.questions}
    for key in answers:
        if key not in known:
            raise ConfigError(f"{source}: {key}: expected one of "
                              f"{', '.join(sorted(known))}, got an unknown key")


def _mark(question: Question, given: object) -> Mark:
    """How ``given`` scores on ``question`` ("" is no answer)."""
    if given == "":
        return Mark(question, given, 0, "no answer", f"no answer; hint: {question.hint}")
    problem = _type_problem(question, given)
    if problem:
        return Mark(question, given, 0, "wrong type", problem)
    if matches(question, given):
        return Mark(question, given, question.points, "right", "right")
    return Mark(question, given, 0, "wrong", f"{given!r} is wrong; hint: {question.hint}")


def _type_problem(question: Question, given: object) -> str:
    """Why ``given`` cannot be an answer to ``question`` ('' when it can)."""
    number = isinstance(given, (int, float)) and not isinstance(given, bool)
    if isinstance(question.answer, str):
        return "" if isinstance(given, str) else \
            f"expected a word ({question.unit}), got {given!r}"
    if not number:
        return f"expected a number ({question.unit}), got {given!r}"
    if isinstance(question.answer, int) and not float(given).is_integer():
        return f"expected a whole number ({question.unit}), got {given!r}"
    return ""


def matches(question: Question, given: object) -> bool:
    """Whether ``given`` (already of a fitting type) is the right answer."""
    if isinstance(question.answer, str):
        return normalise(str(given)) in question.accepted
    if isinstance(question.answer, int):
        return given == question.answer
    return math.isclose(given, question.answer, rel_tol=RELATIVE_TOLERANCE)


def grade_text(exercise: Sheet, marks: list[Mark], show_expected: bool = False) -> str:
    """The score and one feedback line per question (expected values on request)."""
    score = sum(mark.points for mark in marks)
    lines = [f"Lab {exercise.lab} ({exercise.title}), seed {exercise.seed!r}: "
             f"{score} / {exercise.points} points ({100 * score / exercise.points:.0f} %)"]
    for number, mark in enumerate(marks, 1):
        line = f"  Q{number}  {mark.points}/{mark.question.points}  {mark.feedback}"
        if show_expected and mark.points < mark.question.points:
            line += f" (expected {toml_value(mark.question.answer)})"
        lines.append(line)
    return "\n".join(lines)


def check(answer: object, expected: int | float | str, *, accept: tuple[str, ...] = ()) -> str:
    """A notebook's check: 'not answered yet' for ``None``, 'right', or AssertionError.

    Judged as ``grade`` judges: ints exactly, floats within
    ``RELATIVE_TOLERANCE``, words without case or spaces (any of ``accept``).
    """
    if answer is None:
        return "not answered yet: replace None by your answer"
    question = Question("answer", "", expected, 1, "", "", accept)
    mark = _mark(question, answer)
    assert mark.verdict == "right", f"not right yet: {mark.feedback.split(';')[0]}"
    return "right"
