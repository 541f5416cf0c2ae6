"""The network (address book): organisations and contacts, phone numbers, the list the Netwerk page shows,
vCard and CSV import and export, duplicates, the IJsselland template and network work (training, contact
moments)."""
