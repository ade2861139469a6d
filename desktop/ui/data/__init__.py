"""The seller's data in and out: import, export, backups and restore, from the File menu."""
