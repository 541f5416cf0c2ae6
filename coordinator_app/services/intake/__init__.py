"""The intake (meldroute) with the vault: drafts, the known-person step, and finishing a signal into a case
file. The wizard itself (answers, route content, state machine, checks) is pure: `domain/intake/`."""
