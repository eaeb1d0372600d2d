"""The local web UI and JSON API (``veille serve``): a thin shell over :mod:`veille.api`."""
