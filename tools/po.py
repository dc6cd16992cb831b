"""Write a gettext PO file from a {msgid: msgstr} dict (used to maintain studio/i18n/fr/*.po)."""

from __future__ import annotations

import json
import sys


def quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def render(entries: dict[str, str], comment: str = "") -> str:
    out = []
    if comment:
        out.append(f"# {comment}")
    out += ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: fr\\n"', ""]
    for msgid, msgstr in entries.items():
        out += [f"msgid {quote(msgid)}", f"msgstr {quote(msgstr)}", ""]
    return "\n".join(out)


if __name__ == "__main__":  # python tools/po.py entries.json out.po "comment"
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    open(sys.argv[2], "w", encoding="utf-8").write(render(data, sys.argv[3] if len(sys.argv) > 3 else ""))


def update(path: str, entries: dict[str, str], remove: tuple[str, ...] = ()) -> None:
    """Add or replace entries of an existing PO file (keeping the others), dropping `remove`."""
    import pathlib
    import sys as _sys

    _sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
    from studio.i18n import parse_po

    file = pathlib.Path(path)
    current = parse_po(file.read_text(encoding="utf-8")) if file.exists() else {}
    for key in remove:
        current.pop(key, None)
    current.update(entries)
    head = file.read_text(encoding="utf-8").splitlines()[0] if file.exists() else "#"
    file.write_text(render(current, head.lstrip("# ")), encoding="utf-8")
