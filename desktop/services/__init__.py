"""Use cases: one user action is one transaction; results are plain records, never ORM rows."""
