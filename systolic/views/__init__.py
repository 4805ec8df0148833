"""Results as people read them: text reports, JSON/CSV/Perfetto files, figures, the PE view."""
