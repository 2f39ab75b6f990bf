"""Data files shipped with gdstudio (installed as the package gdstudio.resources)."""
