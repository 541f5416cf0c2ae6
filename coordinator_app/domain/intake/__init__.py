"""The intake wizard without Qt or database: the route texts and options (`content`), the answers
(`state`), the state machine (`flow`) and each step's checks (`checks`)."""
