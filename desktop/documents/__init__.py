"""Printed documents (reportlab): plain data in, PDF out. Nothing here imports Qt or the book.

reportlab is imported only when a document is made (not at app start-up).
"""
