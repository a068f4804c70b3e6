"""Put the report's current results sections (`mixvocab.report.report_markdown`) between `<!-- report:SCALE -->`
and `<!-- /report:SCALE -->` wherever a notebook's markdown holds them (the budget sweep: nbs/index.ipynb, so
README.md; the `cpu` grid: nbs/10_report.ipynb), then regenerate README.md. Run after results land; the index
notebook's tests fail while that text and the results files disagree."""
import json, pathlib, re, subprocess, sys
root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root))
from mixvocab.report import report_markdown
for p in (root/'nbs'/'index.ipynb', root/'nbs'/'10_report.ipynb'):
    nb = json.loads(p.read_text(encoding='utf-8'))
    for scale in sys.argv[1:] or ['cpu', 'budget']:
        a, b = f'<!-- report:{scale} -->', f'<!-- /report:{scale} -->'
        for c in nb['cells']:
            src = ''.join(c['source'])
            if c['cell_type'] == 'markdown' and a in src:
                new = re.sub(re.escape(a) + '.*?' + re.escape(b), lambda m: f'{a}\n{report_markdown(scale)}\n{b}', src, flags=re.S)
                lines = new.split('\n'); c['source'] = [l + '\n' for l in lines[:-1]] + [lines[-1]]
    p.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n', encoding='utf-8')
subprocess.run([sys.executable, str(root/'.ci'/'readme.py')], check=True)
