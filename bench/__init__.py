"""Benchmarks: `make bench` prints figures and ratios against the references in DESIGN.md."""
