"""Printing in the app: preview of the visit brief and the first-call deck, print, save as PDF,
and the seller profile the deck is made from."""
