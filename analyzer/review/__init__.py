"""Review: the reviewers' workspace rules (:mod:`.workspace`), the SQLite store (:mod:`.store`) and the
consensus policy (:mod:`.consensus`)."""
