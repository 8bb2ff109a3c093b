"""The notebook runs top to bottom (with and without Neo4j), and is kept in git without outputs."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"


def run_notebook(tmp_path, env: dict) -> nbformat.NotebookNode:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return notebook


def outputs_text(notebook) -> str:
    return "\n".join(
        str(output.get("text", "")) + str(output.get("data", {}).get("text/plain", ""))
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
    )


def test_outputs_are_stripped_in_git():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not cell.outputs and cell.execution_count is None for cell in notebook.cells if cell.cell_type == "code")


def test_runs_top_to_bottom_without_neo4j(tmp_path, monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    notebook = run_notebook(tmp_path, {})
    text = outputs_text(notebook)
    assert "Cornwall Partnership NHS Foundation Trust" in text
    assert "NHS Cornwall and the Isles of Scilly Integrated Care Board" in text  # then and now
    assert "the Neo4j section is skipped" in text
    # the CCGs by today's ICB: 'the CCG', which names no CCG, is no ICB of today
    by_icb = next(c for c in notebook.cells if c.cell_type == "code" and "by_icb" in c.source)
    table = "".join(str(o.get("data", {}).get("text/plain", "")) for o in by_icb.outputs)
    assert "Integrated Care Board" in table and not any(line.split()[:1] == ["CCG"] for line in table.splitlines())
    assert (tmp_path / "kent-and-medway.html").exists()
    assert any(
        o.get("output_type") == "display_data" and "image/png" in o.get("data", {})
        for cell in notebook.cells
        if cell.cell_type == "code"
        for o in cell.outputs
    )


@pytest.mark.neo4j
def test_neo4j_section_runs_when_configured(tmp_path, neo4j_settings):
    cypher = str(Path(__file__).resolve().parents[1] / "cypher")
    notebook = run_notebook(
        tmp_path,
        {
            "NEO4J_URI": neo4j_settings.uri,
            "NEO4J_USERNAME": neo4j_settings.user,
            "NEO4J_PASSWORD": neo4j_settings.password,
            "PCHGRAPH_CYPHER": cypher,
        },
    )
    text = outputs_text(notebook)
    assert "'nodes':" in text and "Cornwall Partnership NHS Foundation Trust" in text
