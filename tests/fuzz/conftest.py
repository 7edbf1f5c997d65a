"""The fuzz suite's budget: ``CHECKER_FUZZ_EXAMPLES`` examples a test (default 60, seeded, so
the default run takes about a minute and finds the same cases every time); set it higher for a
longer run, and ``CHECKER_FUZZ_SEED`` to explore other cases than the default ones."""
