"""Qt-free services: rules, validation and data access per area of the domain."""
