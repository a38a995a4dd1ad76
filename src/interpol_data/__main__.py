"""``python -m interpol_data``: the same as the ``interpol-data`` command."""

from interpol_data.cli import main

raise SystemExit(main())
