"""Call notes: the deal page's notes panel, the SPIN note editor, minutes and the question library."""
