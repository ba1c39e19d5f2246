#!/usr/bin/env python3
"""An independent reference interpreter for maze programs in Blockly XML and JSON, written from the
README and Blockly Games' maze (not from kru's code), for scripts/maze/compare.py.

Blockly's behaviour: disabled blocks (disabled="true"/"disabled", disabled-reasons, "enabled": false,
"disabledReasons") are skipped with what is inside them, the blocks below them still run; a real
block in an input wins over its shadow, a lone shadow is used; moveForward into a wall ends the run;
maze_forever is `while (notDone())`; controls_repeat_ext runs `for (c = 0; c < n; c++)`.
kru's documented choices: the run ends the moment the robot lands on the finish; one step per block
and per loop round, 10,000 steps at most; more than one live stack, or an unknown or broken block,
is not run; controls_repeat's TIMES field must hold a whole number of 0 or more (the editor only
writes those).

    scripts/maze/reference.py exercises/maze/03-repeat/exercise.yaml program.xml
"""
import json, re, sys, math
import xml.etree.ElementTree as ET

LIMIT = 10000

class ProgErr(Exception):
    pass

def load_map(exercise_yaml):
    lines = open(exercise_yaml, encoding='utf-8').read().split('\n')
    i = next(k for k, l in enumerate(lines) if l.startswith('map:'))
    rows = []
    for l in lines[i+1:]:
        if l.startswith('  '):
            rows.append(l[2:])
        else:
            break
    return rows

def local(tag):
    return tag.split('}')[-1]

# ---------- Blockly XML ----------
def xml_block(el):
    """el: <block> or <shadow>. Returns node dict (disabled kept as flag)."""
    node = {'type': el.get('type', ''), 'id': el.get('id'), 'fields': {}, 'stmts': {}, 'values': {},
            'disabled': el.get('disabled') in ('true', 'disabled') or bool(el.get('disabled-reasons')),
            'shadow': local(el.tag) == 'shadow', 'next': None}
    for ch in el:
        t = local(ch.tag)
        if t == 'field':
            node['fields'][ch.get('name')] = ch.text or ''
        elif t in ('statement', 'value', 'next'):
            blocks = [c for c in ch if local(c.tag) == 'block']
            shadows = [c for c in ch if local(c.tag) == 'shadow']
            pick = blocks[0] if blocks else (shadows[0] if shadows else None)
            if pick is None:
                continue
            sub = xml_block(pick)
            if t == 'statement':
                node['stmts'][ch.get('name')] = sub
            elif t == 'value':
                node['values'][ch.get('name')] = sub
            else:
                node['next'] = sub
    return node

def parse_xml(text):
    root = ET.fromstring(text)
    if local(root.tag) != 'xml':
        raise ProgErr('not-blockly')
    tops = []
    for ch in root:
        if local(ch.tag) in ('block',):
            tops.append(xml_block(ch))
    return tops

# ---------- Blockly JSON ----------
def json_block(d, shadow=False):
    node = {'type': d.get('type', ''), 'id': d.get('id'), 'fields': {}, 'stmts': {}, 'values': {},
            'disabled': d.get('enabled') is False or bool(d.get('disabledReasons')) or d.get('disabled') is True,
            'shadow': shadow, 'next': None}
    for k, v in (d.get('fields') or {}).items():
        node['fields'][k] = str(v) if not isinstance(v, dict) else str(v.get('id', ''))
    for k, inp in (d.get('inputs') or {}).items():
        blk = inp.get('block'); sh = inp.get('shadow')
        pick, isSh = (blk, False) if blk else (sh, True)
        if not pick:
            continue
        sub = json_block(pick, isSh)
        if k == 'TIMES':
            node['values'][k] = sub
        else:
            node['stmts'][k] = sub
    nx = d.get('next')
    if nx:
        blk = nx.get('block') or nx.get('shadow')
        if blk:
            node['next'] = json_block(blk, not nx.get('block'))
    return node

def parse_json(text):
    d = json.loads(text)
    if isinstance(d, dict) and isinstance(d.get('blocks'), dict):
        arr = d['blocks'].get('blocks', [])
    elif isinstance(d, dict) and isinstance(d.get('blocks'), list):
        arr = d['blocks']
    else:
        raise ProgErr('not-blockly')
    return [json_block(b) for b in arr]

def chain(node):
    out = []
    while node is not None:
        out.append(node)
        node = node['next']
    return out

# ---------- semantics ----------
DIRS = {'>': 1, 'v': 2, '<': 3, '^': 0}
DX = [(0, -1), (1, 0), (0, 1), (-1, 0)]  # N E S W as (dx, dy)

class Done(Exception):
    def __init__(self, outcome, block):
        self.outcome, self.block = outcome, block

class Robot:
    def __init__(self, rows):
        self.rows = rows
        for y, r in enumerate(rows):
            for x, c in enumerate(r):
                if c in DIRS:
                    self.x, self.y, self.d = x, y, DIRS[c]
                if c == 'F':
                    self.fx, self.fy = x, y
        self.steps = 0
        self.moves = 0
        self.last = None
    def open(self, d):
        dx, dy = DX[d % 4]
        x, y = self.x + dx, self.y + dy
        if y < 0 or y >= len(self.rows) or x < 0 or x >= len(self.rows[y]):
            return False
        return self.rows[y][x] not in '# '
    def tick(self, node):
        self.steps += 1
        self.last = node['id']
        if self.steps > LIMIT:
            raise Done('timeout', node['id'])
    def at_goal(self):
        return (self.x, self.y) == (self.fx, self.fy)

def times_of(node):
    if node['type'] == 'controls_repeat':
        raw = node['fields'].get('TIMES')
        # kru policy: the editor's TIMES field only ever holds whole numbers >= 0; anything else is refused
        try:
            f = float(raw)
        except (TypeError, ValueError):
            raise ProgErr('repeat-bad-number', node['id'])
        if not math.isfinite(f) or f < 0 or f != int(f):
            raise ProgErr('repeat-bad-number', node['id'])
        return int(f)
    else:
        v = node['values'].get('TIMES')
        if v is None:
            raise ProgErr('repeat-no-number', node['id'])
        if v['type'] != 'math_number':
            raise ProgErr('repeat-not-number', v['id'])
        raw = v['fields'].get('NUM')
    try:
        f = float(raw)
    except (TypeError, ValueError):
        raise ProgErr('repeat-bad-number', v['id'])
    if not math.isfinite(f):
        raise ProgErr('repeat-bad-number', v['id'])
    # JS: for (c = 0; c < f; c++)
    return max(0, math.ceil(f)) if f != math.inf else 10**9

def validate(node):
    """Static check of enabled blocks (kru refuses unknown things before running)."""
    t = node['type']
    if node['disabled']:
        return
    if t == 'maze_moveForward':
        pass
    elif t == 'maze_turn':
        if node['fields'].get('DIR') not in ('turnLeft', 'turnRight'):
            raise ProgErr('bad-turn', node['id'])
    elif t in ('maze_if', 'maze_ifElse'):
        if node['fields'].get('DIR') not in ('isPathForward', 'isPathLeft', 'isPathRight'):
            raise ProgErr('bad-if', node['id'])
    elif t in ('controls_repeat', 'controls_repeat_ext'):
        times_of(node)
    elif t == 'maze_forever':
        pass
    else:
        raise ProgErr('unknown-block', node['id'])
    for s in node['stmts'].values():
        for c in chain(s):
            validate(c)

def run_seq(r, node):
    for b in chain(node):
        if b['disabled']:
            continue
        run_block(r, b)

def run_block(r, b):
    t = b['type']
    r.tick(b)
    if t == 'maze_moveForward':
        if not r.open(r.d):
            raise Done('crash', b['id'])
        dx, dy = DX[r.d]
        r.x += dx; r.y += dy; r.moves += 1
        if r.at_goal():
            raise Done('solved', b['id'])
    elif t == 'maze_turn':
        r.d = (r.d + (1 if b['fields']['DIR'] == 'turnRight' else -1)) % 4
    elif t in ('maze_if', 'maze_ifElse'):
        off = {'isPathForward': 0, 'isPathRight': 1, 'isPathLeft': 3}[b['fields']['DIR']]
        if r.open(r.d + off):
            run_seq(r, b['stmts'].get('DO'))
        elif t == 'maze_ifElse':
            run_seq(r, b['stmts'].get('ELSE'))
    elif t in ('controls_repeat', 'controls_repeat_ext'):
        n = times_of(b)
        for _ in range(n):
            r.tick(b)
            run_seq(r, b['stmts'].get('DO'))
    elif t == 'maze_forever':
        while not r.at_goal():
            r.tick(b)
            run_seq(r, b['stmts'].get('DO'))

def run(rows, text):
    s = text.lstrip('\ufeff \t\r\n')
    try:
        tops = parse_xml(s) if s.startswith('<') else parse_json(s)
    except ProgErr as e:
        return {'outcome': 'load-error', 'why': e.args[0]}
    except Exception as e:
        return {'outcome': 'load-error', 'why': type(e).__name__}
    # stacks made only of disabled blocks do not run and are not a program
    live = [t for t in tops if any(not b['disabled'] for b in chain(t))]
    r = Robot(rows)
    if len(live) == 0:
        return {'outcome': 'not-run', 'why': 'empty', 'stacks': 0}
    if len(live) > 1:
        return {'outcome': 'not-run', 'why': 'stacks', 'stacks': len(live)}
    try:
        for b in chain(live[0]):
            validate(b)
    except ProgErr as e:
        return {'outcome': 'not-run', 'why': e.args[0], 'block': e.args[1] if len(e.args) > 1 else None}
    try:
        run_seq(r, live[0])
        return {'outcome': 'solved' if r.at_goal() else 'stopped', 'steps': r.steps, 'moves': r.moves, 'block': r.last}
    except Done as d:
        return {'outcome': d.outcome, 'steps': min(r.steps, LIMIT), 'moves': r.moves, 'block': d.block}

if __name__ == '__main__':
    rows = load_map(sys.argv[1])
    print(json.dumps(run(rows, open(sys.argv[2], encoding='utf-8').read())))
