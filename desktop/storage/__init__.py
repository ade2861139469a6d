"""The book on disk: SQLite via SQLModel, schema versions, typed errors. Query helpers never commit."""
