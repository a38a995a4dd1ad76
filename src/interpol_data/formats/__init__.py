"""The formats a dataset is written to and read from, one module per format.

Each module holds both directions, so that the two halves cannot drift apart:

- :mod:`interpol_data.formats.json`: the exported JSON shape, written and
  parsed strictly (:func:`interpol_data.load` then validates the data);
- :mod:`interpol_data.formats.csv`: one CSV per collection plus a Frictionless
  ``datapackage.json``, read back by :func:`interpol_data.load_csv`;
- :mod:`interpol_data.formats.geojson`: the offices as GeoJSON points;
- :mod:`interpol_data.formats.pandas`: collections as typed DataFrames and back;
- :mod:`interpol_data.formats.sqlite`: a SQLite database with join tables and views (written
  only).

The formats read records and plain data only; they never import the dataset
or loader modules, which call them.
"""
