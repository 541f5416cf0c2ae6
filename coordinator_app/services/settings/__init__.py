"""Settings stored inside the vault (the Instellingen page): their defaults, reading and writing them, and
checking what the user typed on the settings page."""
