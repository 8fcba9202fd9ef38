"""docs/scaling.md stays true: its partitioning example is executed."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "scaling.md").read_text(encoding="utf-8")


def test_the_partitioning_example_runs(capsys):
    # The last python block is the runnable example; the ones before are fragments.
    blocks = re.findall(r"^```python\n(.*?)^```", DOC, re.M | re.S)
    exec(compile(blocks[-1], "docs/scaling.md", "exec"), {"__name__": "__doc_example__"})
    assert "6 accounts in 4 partitions" in capsys.readouterr().out
