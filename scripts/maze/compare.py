#!/usr/bin/env python3
"""Runs realistic Blockly programs through kru and through reference.py and lists every difference.

    scripts/maze/compare.py [KRU_BINARY]     (default .build/debug/kru; build it first)

programs.py writes the programs (Blockly XML and JSON, right ones and beginner mistakes, for every
bundled puzzle) into a temporary folder; the exit status is 1 when kru and the reference disagree
on a program's outcome, the block where its run ended or its step count.
"""
import glob, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import reference

kru = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '.build/debug/kru')
with tempfile.TemporaryDirectory() as folder:
    subprocess.run([sys.executable, os.path.join(HERE, 'programs.py'), folder], check=True, stdout=subprocess.DEVNULL)
    total = differences = 0
    for path in sorted(glob.glob(folder + '/*')):
        puzzle = os.path.basename(path).split('__')[0]
        rows = reference.load_map(os.path.join(ROOT, 'exercises/maze', puzzle, 'exercise.yaml'))
        expected = reference.run(rows, open(path, encoding='utf-8').read())
        done = subprocess.run([kru, 'check', 'maze/' + puzzle, path, '--format', 'json', '--lang', 'en'],
                              capture_output=True, text=True, cwd=ROOT)
        total += 1
        try:
            report = json.loads(done.stdout)
            got = report['run'] if 'run' in report else {'outcome': 'load-error', 'error': report['error']['message']}
        except (ValueError, KeyError):
            got = {'outcome': 'crash of kru', 'status': done.returncode, 'stderr': done.stderr[-300:]}
        same = got['outcome'] == expected['outcome']
        if same and expected['outcome'] in ('solved', 'crash', 'stopped'):
            same = got.get('block') == expected.get('block') and got.get('steps') == expected.get('steps')
        if same and expected['outcome'] == 'not-run' and expected.get('block'):
            same = got.get('block') == expected.get('block')
        if not same:
            differences += 1
            print(os.path.basename(path), '\n  kru      ', got, '\n  reference', expected)
    print(f'{total} programs, {differences} differences')
    sys.exit(1 if differences else 0)
