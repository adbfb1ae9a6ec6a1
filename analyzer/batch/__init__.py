"""Batch screening for the secretariat: the verdict rules (:mod:`.verdict`) and the runner (:mod:`.runner`)."""
