"""The seller's world as plain data and rules: no Qt, no database, standard library only."""
