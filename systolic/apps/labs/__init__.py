"""Course labs; a module imports only earlier ones: records, seeded, toml_text, lab*, catalogue, sheets, grading."""

from systolic.apps.labs.catalogue import LABS, sheet
from systolic.apps.labs.grading import check, grade, grade_text, matches, read_answers
from systolic.apps.labs.records import RELATIVE_TOLERANCE, Mark, Question, Sheet
from systolic.apps.labs.sheets import answers_template, key_toml, sheet_markdown
from systolic.apps.labs.toml_text import spec_toml

__all__ = ["LABS", "RELATIVE_TOLERANCE", "Mark", "Question", "Sheet", "answers_template",
           "check", "grade", "grade_text", "key_toml", "matches", "read_answers", "sheet",
           "sheet_markdown", "spec_toml"]
