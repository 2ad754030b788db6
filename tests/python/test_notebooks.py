"""The example notebooks run headless from top to bottom (nbclient, the kernel of this Python).

Their cells assert what they show (partitions merge to one pass, no suppressed cell is
recoverable, the report is self-contained), so a run without an error is the test. Skipped with
the reason when nbclient or ipykernel is missing (e.g. in the numpy 1.26 environment).
"""

from __future__ import annotations

import pytest

nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed (requirements/dev.txt)")
nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed (requirements/dev.txt)")
pytest.importorskip("ipykernel", reason="ipykernel is not installed (requirements/dev.txt)")


@pytest.mark.parametrize("name", ["key_figures.ipynb"])
def test_notebook_runs(source_dir, tmp_path, name):
    nb = nbformat.read(source_dir / "examples" / "notebooks" / name, as_version=4)
    # The kernel inherits this process's environment (PYTHONPATH: the build tree's rorkit).
    client = nbclient.NotebookClient(nb, timeout=120, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    # the plots were drawn: the development/ranking cell shows a figure
    assert any("image/png" in o.get("data", {}) for o in outputs)
