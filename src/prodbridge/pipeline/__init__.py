"""The jobs: the only place that opens paths and joins readers, analysis and writers.

One module per job (``scan``, ``tag``, ``plan``…) so that each command imports only what it
needs; ``common`` holds the loading steps they share.
"""
