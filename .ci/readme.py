"""Write README.md from nbs/index.ipynb (nbdev_readme needs Quarto, which is not installable here).

Markdown cells are copied; code cells are skipped (index.ipynb's code cells are its tests)."""
import json, pathlib
root = pathlib.Path(__file__).resolve().parent.parent
nb = json.loads((root/'nbs'/'index.ipynb').read_text(encoding='utf-8'))
md = [''.join(c['source']).strip() for c in nb['cells'] if c['cell_type'] == 'markdown']
text = '\n\n'.join(md).replace('](../figures/', '](figures/').replace('](../nbs/', '](nbs/') + '\n'
out = root/'README.md'
if not out.exists() or out.read_text(encoding='utf-8') != text: out.write_text(text, encoding='utf-8')
