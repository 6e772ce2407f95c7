#!/usr/bin/env python3
"""Regenerates fuzz/seeds/render_json/ from tests/fixtures/*/modelservice.{yaml,json}.

Each fixture becomes `<case>.json` (the ModelService alone) and, per `config*.json`,
`<case>.<variant>.bin` = modelService 0xFF eppConfig 0xFF options (the render_json target's
argument split). Run from the repository root: `python3 fuzz/make-seeds.py`.
"""
import json, pathlib, yaml

root = pathlib.Path(__file__).resolve().parent.parent
out = root / "fuzz" / "seeds" / "render_json"
out.mkdir(parents=True, exist_ok=True)
for d in sorted((root / "tests" / "fixtures").iterdir()):
    if not d.is_dir():
        continue
    src = d / "modelservice.json"
    if src.exists():
        doc = json.loads(src.read_text())
    else:
        doc = yaml.safe_load((d / "modelservice.yaml").read_text())
    ms = json.dumps(doc, separators=(",", ":"), ensure_ascii=False)
    (out / f"{d.name}.json").write_text(ms + "\n")
    for cfg in sorted(d.glob("config*.json")):
        c = json.loads(cfg.read_text())
        epp = json.dumps(c["eppConfig"], separators=(",", ":")) if "eppConfig" in c else ""
        opts = json.dumps(c["options"], separators=(",", ":")) if "options" in c else ""
        variant = cfg.name[len("config"):-len(".json")]  # "" or ".seed"
        name = f"{d.name}{variant}.bin"
        (out / name).write_bytes(ms.encode() + b"\xff" + epp.encode() + b"\xff" + opts.encode())
