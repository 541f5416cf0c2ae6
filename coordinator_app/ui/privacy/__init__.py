"""The Privacy & beveiliging page."""
