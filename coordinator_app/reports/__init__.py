"""PDF documents (letters, recovery sheet, shared letterhead); Qt-free, takes plain data, returns bytes."""
