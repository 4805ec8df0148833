"""Design-space sweeps: the spec (spec), its points run (execution), the results (results)."""

from systolic.apps.sweep.execution import Outcome, done_points, evaluate, point_id, points, run
from systolic.apps.sweep.results import best, pareto_front, read_results, report_text
from systolic.apps.sweep.spec import Spec, hardware_fields, load_spec, spec_sha256

__all__ = ["Outcome", "Spec", "best", "done_points", "evaluate", "hardware_fields", "load_spec",
           "pareto_front", "point_id", "points", "read_results", "report_text", "run",
           "spec_sha256"]
