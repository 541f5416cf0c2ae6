"""The intake (meldroute): the answers, the route content, the wizard as a plain state machine with its
checks, drafts, the known-person step, and finishing a signal into a case file."""
