"""The Reports page: the seller's whole business at a glance (charts drawn with QPainter)."""
