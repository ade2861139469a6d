"""Ctrl+K: one search box over companies, contacts, deals and call notes."""
