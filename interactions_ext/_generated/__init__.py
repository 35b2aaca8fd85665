"""Code generated from spec/interactions.openapi.yaml by scripts/generate. Do not edit.

``models``: msgspec models of events, deltas, steps and resources; ``lowlevel``: the
openapi-python-client low-level client; ``routes``: the operation table.
"""
