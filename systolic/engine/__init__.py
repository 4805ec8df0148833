"""The event engine: SimPy processes named after hardware run schedules -> op results."""
