"""Pure-Python language rules for Arabic, Russian and English.

Nothing in this package imports Django: the rules are usable and testable on
their own (normalisation, stemming, digits, slugs, date parsing).
"""
