# Generated from interactions_ext/_async/__init__.py by scripts/unasync.py. Do not edit.
"""Async sources of the client; the sync twins in ``interactions_ext._sync`` are generated."""
