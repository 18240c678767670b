"""One module per field family; each cascade is a ``STRATEGIES`` tuple tried in order."""
