"""Deals: the board, the list, the deal page with its buying committee, pipeline settings."""
