"""python -m spinscope: the command line."""

from spinscope.cli import main

if __name__ == "__main__":
    main()
