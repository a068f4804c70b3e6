# Reads everything from settings.ini (nbdev 2 convention); no pkg_resources, which new setuptools dropped.
from configparser import ConfigParser
import setuptools, shlex

config = ConfigParser(delimiters=['='])
config.read('settings.ini', encoding='utf-8')
cfg = config['DEFAULT']

licenses = {'apache2': ('Apache Software License 2.0', 'OSI Approved :: Apache Software License')}
statuses = ['1 - Planning', '2 - Pre-Alpha', '3 - Alpha', '4 - Beta', '5 - Production/Stable',
            '6 - Mature', '7 - Inactive']
py_versions = '3.9 3.10 3.11 3.12 3.13'.split()

requirements = shlex.split(cfg.get('requirements', ''))
dev_requirements = shlex.split(cfg.get('dev_requirements', ''))
lic = licenses[cfg['license']]
min_python = cfg['min_python']
lib_path = cfg['lib_path']
console_scripts = [s.strip() for s in cfg.get('console_scripts', '').splitlines() if s.strip()]

setuptools.setup(
    name=cfg['lib_name'],
    version=cfg['version'],
    description=cfg['description'],
    license=lic[0],
    classifiers=['Development Status :: ' + statuses[int(cfg['status'])],
                 'Intended Audience :: ' + cfg['audience'].title(),
                 'License :: ' + lic[1],
                 'Natural Language :: ' + cfg['language'].title()]
                + ['Programming Language :: Python :: ' + v for v in py_versions[py_versions.index(min_python):]],
    url=cfg['git_url'],
    packages=setuptools.find_packages(include=[lib_path, lib_path + '.*']) + [f'{lib_path}._data'],
    # what the code reads at run time travels in the wheel as mixvocab/_data/ (core.shipped finds it): the
    # student vocabulary, the shipped students, the grid file, the committed results and records (about 11 MB)
    package_dir={f'{lib_path}._data': 'data'},
    package_data={f'{lib_path}._data': ['*.json', 'grid.toml', 'student-vocab-4928/*', 'students/*/*', 'results/*/*/*.json']},
    include_package_data=True,
    install_requires=requirements,
    extras_require={'dev': dev_requirements, **{k: shlex.split(cfg.get(f'{k}_requirements', '')) for k in ('export', 'hf', 'xla')}},
    python_requires='>=' + min_python,
    long_description=open('README.md', encoding='utf-8').read(),
    long_description_content_type='text/markdown',
    zip_safe=False,
    entry_points={'console_scripts': console_scripts, 'nbdev': [f'{lib_path}={lib_path}._modidx:d']},
    author=cfg['author'], author_email=cfg['author_email'], keywords=cfg['keywords'],
)
