"""Async sources of the client; the sync twins in ``interactions_ext._sync`` are generated."""
