"""The fault suite: what the book and the files the app writes survive (issue 13)."""
