"""Formats: each module writes (and where it can, reads) one file format."""
