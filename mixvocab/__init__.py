__version__ = "0.1.0"

def __getattr__(name):   # `mixvocab.load_student` without importing torch at `import mixvocab`
    if name == 'load_student':
        from .students import load_student
        return load_student
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
