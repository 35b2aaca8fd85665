"""Today's stream hot path, kept as the oracle for differential tests of the faster one."""
