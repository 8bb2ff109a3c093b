"""Test-wide set-up: graphs cached during tests go to a temporary folder, never the user's cache."""

import os
import tempfile


def pytest_configure(config):
    os.environ.setdefault("PCHGRAPH_CACHE", tempfile.mkdtemp(prefix="pchgraph-test-cache-"))
