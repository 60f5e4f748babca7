"""``python -m wego_awards`` runs the command line."""

from wego_awards.cli import main

if __name__ == "__main__":
    main()
