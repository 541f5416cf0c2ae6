"""The Documenten area: letters about a case, the PDF preview, stored documents."""
