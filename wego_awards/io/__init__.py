"""Reading and writing the interface's files (CSV and Excel)."""
