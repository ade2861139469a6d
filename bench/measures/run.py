"""Run one measure module in this process and print its samples as JSON (used by `python -m bench`).

    python -m bench.measures.run MODULE CONTEXT_JSON
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

from bench.measures import Context, NotBuilt


def main(argv: list[str]) -> int:
    name, raw = argv[0], json.loads(argv[1])
    ctx = Context(book=Path(raw["book"]), reference=Path(raw["reference"]), work=Path(raw["work"]),
                  runs=int(raw["runs"]), language=raw["language"])
    try:
        module = importlib.import_module(f"bench.measures.{name}")
        samples = module.measure(ctx)
    except (NotBuilt, ImportError) as exc:
        print(json.dumps({"not_built": str(exc)}))
        return 0
    print("@@SAMPLES@@" + json.dumps(samples))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
