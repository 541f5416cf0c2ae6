"""The Netwerk page: the address book of organisations and professionals, imports/exports, network work."""
