"""The services: everything the command line and the desktop app do, on an open Database."""
