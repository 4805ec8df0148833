"""The records a lab passes around: a question, a student's sheet, a mark.

Why: drawing, rendering and grading are separate modules, and these frozen
records are the contract between them. A question carries the simulator's
answer; its type decides how an answer is judged (``grading`` does the
judging): counts exactly, real numbers within ``RELATIVE_TOLERANCE``,
named choices without case or spaces. Not modelled: free-text answers,
partial credit within a question.
"""

from __future__ import annotations

from dataclasses import dataclass

RELATIVE_TOLERANCE = 0.01   # 1 %: three significant figures read off a report pass


@dataclass(frozen=True)
class Question:
    """One question: its TOML key, prompt, the simulator's answer and its worth.

    The answer's type decides how it is judged: ``int`` exactly, ``float``
    within ``RELATIVE_TOLERANCE``, ``str`` as a choice among ``accept``
    (every tied best answer; the answer itself when empty).
    """

    key: str
    text: str
    answer: int | float | str
    points: int
    unit: str
    hint: str
    accept: tuple[str, ...] = ()

    @property
    def accepted(self) -> tuple[str, ...]:
        """Every right choice, normalised (choice questions only)."""
        return tuple(normalise(a) for a in (self.accept or (str(self.answer),)))


@dataclass(frozen=True)
class Sheet:
    """One student's exercises for one lab."""

    lab: int
    seed: str
    title: str
    setup: str
    questions: tuple[Question, ...]

    @property
    def points(self) -> int:
        """The most a student can score."""
        return sum(q.points for q in self.questions)


@dataclass(frozen=True)
class Mark:
    """How one answer scored: points, a verdict word and feedback."""

    question: Question
    given: object
    points: int
    verdict: str
    feedback: str


def normalise(text: str) -> str:
    """A named choice without case or spaces (``"  WS "`` -> ``"ws"``)."""
    return "".join(text.split()).lower()
