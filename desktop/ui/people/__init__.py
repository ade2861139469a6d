"""Companies and contacts: list models, forms and the two pages."""
