"""First-run wizard: create the vault, show the recovery code once, have it typed back."""
