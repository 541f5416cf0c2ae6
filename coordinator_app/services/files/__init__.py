"""Bounded readers for files the coordinator brings in: spreadsheets (CSV, XLSX, ODS) and text files decoded
from evidence (used by the case import and the network importers)."""
