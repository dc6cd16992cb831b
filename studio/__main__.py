"""`python -m studio ARGS` == `antenne ARGS`."""

from studio.cli import main

main()
