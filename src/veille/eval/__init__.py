"""Evaluation of veille against gold corpora (``veille eval ...``)."""
