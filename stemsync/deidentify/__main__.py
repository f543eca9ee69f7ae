"""``python -m stemsync.deidentify --build-cache DIR``: build deduce's lookup cache."""

from stemsync.deidentify import main

raise SystemExit(main())
