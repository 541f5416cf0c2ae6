"""The intake's pure part: the route texts and options (`content`) and the answers (`state`); no Qt, no database."""
