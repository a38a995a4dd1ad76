"""The record classes, one module per concern, each created only when first needed.

Loading the countries creates the country classes and no others; the public
home of every class is :mod:`interpol_data.records`, which imports them all.
"""
