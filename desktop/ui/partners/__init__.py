"""The Partners area: referral partners, their deals and fees, progress updates, the report."""
