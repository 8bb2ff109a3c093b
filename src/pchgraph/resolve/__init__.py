"""Resolving mentions into organisations: one node per real organisation, its kind and its
official codes (``organisations``, ``codes``), STP areas (``areas``), and the review of
spellings that may be one organisation (``review``)."""
