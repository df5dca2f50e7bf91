"""A place name's one-character variant is accepted when the two characters sound alike
(etl.extract.places.homophones). pypinyin is imported there without its phrase dictionary
(a start-up cost, see places._import_pypinyin): every character's readings must be those
pypinyin gives with it."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT

# Every character pypinyin knows (and two it does not), read in a fresh process so that
# the import under test is the first one.
_READINGS = """
import json, sys
if sys.argv[1] == "etl":
    from etl.extract.places import _readings
    memo = {}
    read = lambda ch: _readings(ch, memo)
else:
    from pypinyin import Style, pinyin
    read = lambda ch: frozenset(pinyin(ch, heteronym=True, style=Style.NORMAL)[0])
read("堡")  # (etl: the first reading imports pypinyin)
import pypinyin.constants as c
chars = [chr(n) for n in sorted(c.PINYIN_DICT)] + ["a", "。"]
print(json.dumps({"phrases": len(c.PHRASES_DICT), "readings": {ch: sorted(read(ch)) for ch in chars}}))
"""


def _readings_in_fresh_process(how: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "PYPINYIN_NO_PHRASES"}
    env["PYTHONPATH"] = str(ROOT)
    out = subprocess.run([sys.executable, "-c", _READINGS, how], cwd=ROOT, env=env, capture_output=True, text=True,
                         check=True, timeout=300)
    return dict(json.loads(out.stdout))


def test_readings_without_the_phrase_dictionary_are_pypinyins_own() -> None:
    ours, theirs = _readings_in_fresh_process("etl"), _readings_in_fresh_process("pypinyin")
    assert ours["phrases"] == 0 and int(str(theirs["phrases"])) > 40_000  # the import under test skipped them
    assert ours["readings"] == theirs["readings"]


def test_the_environment_is_left_as_it_was() -> None:
    code = ("import os; os.environ['PYPINYIN_NO_PHRASES'] = ''; from etl.extract.places import _readings; "
            "_readings('堡', {}); print(repr(os.environ['PYPINYIN_NO_PHRASES']))")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True,
                         timeout=120)
    assert out.stdout.strip() == "''"
