"""Locking the book with a passphrase: the prompt when a locked book opens, Settings → Security,
locking again after idle minutes, and the word before a plain export of a locked book."""
