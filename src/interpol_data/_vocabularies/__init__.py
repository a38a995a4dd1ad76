"""The closed vocabularies, by concern, each module created only when first needed.

The countries need only the regions; :mod:`interpol_data.vocabulary` gathers them all.
"""
