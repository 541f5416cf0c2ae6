"""Pure domain logic: no Qt, no database. Reports and services import from here, never the reverse."""
