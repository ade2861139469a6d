"""Today: what the seller should do now, most urgent first."""
