#!/usr/bin/env python3
"""Writes realistic maze programs, as Blockly editors export them, for every bundled puzzle:
right ones and beginner mistakes (off by one, the wrong turn, endless loops, empty loops, disabled
and stray blocks, shadow numbers, fractions and negative numbers, Khmer and Blockly-style ids),
each in Blockly XML and JSON with random export details (namespace, <variables>, pretty printing,
collapsed blocks, Blockly 10 or 11 disabled markers). Fixed seed: the same programs every time.

    scripts/maze/programs.py OUT_FOLDER
"""
import json, random, os, sys
from xml.sax.saxutils import escape
rnd = random.Random(7)
KH = ['ប្លុក', 'ទៅមុខ', 'បត់', 'រង្វិល', 'ជើង']
class Ids:
    def __init__(self, style):
        self.n = 0; self.style = style
    def __call__(self):
        self.n += 1
        if self.style == 'khmer': return f'{rnd.choice(KH)}{self.n}'
        if self.style == 'blockly':
            return ''.join(rnd.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%()*+,-./:;=?@[]^_`{|}~') for _ in range(20))
        return f'b{self.n}'

# AST: ('F',) ('L',) ('R',) ('rep', n, body, ext) ('forever', body) ('if', dir, body) ('ifelse', dir, body, else)
# each statement may be wrapped as ('dis', stmt)
PATH = {'ahead': 'isPathForward', 'left': 'isPathLeft', 'right': 'isPathRight'}

def xml_stmt(s, ids, opts, ind):
    dis = ''
    if s[0] == 'dis':
        dis = {'v10': ' disabled="true"', 'v11': ' disabled-reasons="MANUALLY_DISABLED"', 'old': ' disabled="disabled"'}[opts.get('dis')]
        s = s[1]
    k = s[0]
    bid = ids()
    attrs = f' id="{escape(bid, {chr(34): "&quot;"})}"{dis}'
    if opts.get('collapsed') and k in ('rep', 'forever'):
        attrs += ' collapsed="true"'
    if k == 'F':
        return f'<block type="maze_moveForward"{attrs}>', '</block>'
    if k in 'LR':
        return (f'<block type="maze_turn"{attrs}><field name="DIR">{"turnLeft" if k == "L" else "turnRight"}</field>', '</block>')
    if k == 'rep':
        n, body, ext = s[1], s[2], s[3]
        if ext == 'field':
            head = f'<block type="controls_repeat"{attrs}><field name="TIMES">{n}</field>'
        elif ext == 'shadow':
            head = f'<block type="controls_repeat_ext"{attrs}><value name="TIMES"><shadow type="math_number" id="{ids()}"><field name="NUM">{n}</field></shadow></value>'
        elif ext == 'block':
            head = f'<block type="controls_repeat_ext"{attrs}><value name="TIMES"><block type="math_number" id="{ids()}"><field name="NUM">{n}</field></block></value>'
        elif ext == 'cover':  # real block covering a shadow with another number
            head = f'<block type="controls_repeat_ext"{attrs}><value name="TIMES"><shadow type="math_number" id="{ids()}"><field name="NUM">10</field></shadow><block type="math_number" id="{ids()}"><field name="NUM">{n}</field></block></value>'
        else:  # 'none': empty value input
            head = f'<block type="controls_repeat_ext"{attrs}><value name="TIMES"></value>'
        return head + xml_body('DO', body, ids, opts), '</block>'
    if k == 'forever':
        return f'<block type="maze_forever"{attrs}>' + xml_body('DO', s[1], ids, opts), '</block>'
    if k == 'if':
        return f'<block type="maze_if"{attrs}><field name="DIR">{PATH[s[1]]}</field>' + xml_body('DO', s[2], ids, opts), '</block>'
    if k == 'ifelse':
        return (f'<block type="maze_ifElse"{attrs}><field name="DIR">{PATH[s[1]]}</field>' + xml_body('DO', s[2], ids, opts)
                + xml_body('ELSE', s[3], ids, opts), '</block>')
    raise ValueError(k)

def xml_seq(stmts, ids, opts):
    if not stmts: return ''
    head, tail = xml_stmt(stmts[0], ids, opts, 0)
    rest = xml_seq(stmts[1:], ids, opts)
    return head + (f'<next>{rest}</next>' if rest else '') + tail

def xml_body(name, stmts, ids, opts):
    inner = xml_seq(stmts, ids, opts)
    if not inner and not opts.get('emptystmt'): return ''
    return f'<statement name="{name}">{inner}</statement>'

def to_xml(stacks, ids, opts):
    ns = ' xmlns="https://developers.google.com/blockly/xml"' if opts.get('ns') else ''
    out = [f'<xml{ns}>']
    if opts.get('vars'): out.append('<variables></variables>')
    for i, st in enumerate(stacks):
        body = xml_seq(st, ids, opts)
        body = body.replace('>', f' x="{20 + 200 * i}" y="{20 + 37 * i}">', 1)
        out.append(body)
    out.append('</xml>')
    sep = '\n' if opts.get('pretty') else ''
    return sep.join(out)

def js_stmt(s, ids, opts):
    d = {}
    if s[0] == 'dis':
        if opts.get('dis') == 'v11': d['disabledReasons'] = ['MANUALLY_DISABLED']
        else: d['enabled'] = False
        s = s[1]
    k = s[0]; d['id'] = ids()
    if k == 'F': d['type'] = 'maze_moveForward'
    elif k in 'LR': d['type'] = 'maze_turn'; d['fields'] = {'DIR': 'turnLeft' if k == 'L' else 'turnRight'}
    elif k == 'rep':
        n, body, ext = s[1], s[2], s[3]
        if ext == 'field':
            d['type'] = 'controls_repeat'; d['fields'] = {'TIMES': n}
        else:
            d['type'] = 'controls_repeat_ext'
            num = lambda v: {'type': 'math_number', 'id': ids(), 'fields': {'NUM': v}}
            if ext == 'shadow': d['inputs'] = {'TIMES': {'shadow': num(n)}}
            elif ext == 'block': d['inputs'] = {'TIMES': {'block': num(n)}}
            elif ext == 'cover': d['inputs'] = {'TIMES': {'shadow': num(10), 'block': num(n)}}
            else: d['inputs'] = {}
        if body: d.setdefault('inputs', {})['DO'] = {'block': js_seq(body, ids, opts)}
    elif k == 'forever':
        d['type'] = 'maze_forever'
        if s[1]: d['inputs'] = {'DO': {'block': js_seq(s[1], ids, opts)}}
    elif k in ('if', 'ifelse'):
        d['type'] = 'maze_if' if k == 'if' else 'maze_ifElse'; d['fields'] = {'DIR': PATH[s[1]]}
        ins = {}
        if s[2]: ins['DO'] = {'block': js_seq(s[2], ids, opts)}
        if k == 'ifelse' and s[3]: ins['ELSE'] = {'block': js_seq(s[3], ids, opts)}
        if ins: d['inputs'] = ins
    if opts.get('collapsed') and k in ('rep', 'forever'): d['collapsed'] = True
    return d

def js_seq(stmts, ids, opts):
    first = js_stmt(stmts[0], ids, opts)
    if len(stmts) > 1: first['next'] = {'block': js_seq(stmts[1:], ids, opts)}
    return first

def to_json(stacks, ids, opts):
    tops = []
    for i, st in enumerate(stacks):
        b = js_seq(st, ids, opts); b['x'] = 20 + 200 * i; b['y'] = 20 + 37 * i
        tops.append(b)
    doc = {'blocks': {'languageVersion': 0, 'blocks': tops}}
    if opts.get('vars'): doc['variables'] = []
    return json.dumps(doc, ensure_ascii=False, indent=2 if opts.get('pretty') else None)

F, L, R = ('F',), ('L',), ('R',)
def rep(n, *body, ext='field'): return ('rep', n, list(body), ext)
def fe(*body): return ('forever', list(body))
def iff(d, *body): return ('if', d, list(body))
def ife(d, a, b): return ('ifelse', d, list(a), list(b))
def dis(s): return ('dis', s)

LEFT_HAND = [fe(ife('left', [L, F], [ife('ahead', [F], [R])]))]
RIGHT_HAND = [fe(ife('right', [R, F], [ife('ahead', [F], [L])]))]
AHEAD_ELSE_R = [fe(ife('ahead', [F], [R]))]
AHEAD_ELSE_L = [fe(ife('ahead', [F], [L]))]
PROGS = {
 '01-straight': [[F, F], [F], [F, F, F], [rep(2, F)], [fe(F)], [L, F], [dis(F), F, F], [F, dis(F), F], [rep(2, F, ext='shadow')], [rep(2, F, ext='none')], [rep(2, F, ext='cover')], [rep('2.5', F)], [rep(0, F), F, F], [rep(-1, F)]],
 '02-turn': [[F, R, F, F], [F, L, F, F], [F, F], [F, R, F], [F, R, rep(2, F)], [F, R, F, F, F], [fe(ife('ahead', [F], [R]))], [F, dis(L), R, F, F], [F, dis(rep(2, L)), R, F, F], [fe()], [fe(F, R)]],
 '03-repeat': [[rep(5, F)], [rep(4, F)], [rep(6, F)], [rep(5, F, ext='shadow')], [rep(5, F, ext='block')], [rep(5, F, ext='cover')], [rep(5, F, ext='none')], [rep(5)], [rep('4.2', F)], [rep('4.0', F)], [rep(2, F, F, F)], [rep(5, dis(F))], [rep(100, F)], [rep(5, F, ext='shadow'), dis(F)], [rep('4.2', F, ext='shadow')], [rep('4.0', F, ext='block')], [rep('-1', F, ext='shadow'), rep(5, F)], [rep('0.5', F, ext='cover'), rep('3.5', F, ext='shadow')], [rep('abc', F, ext='shadow')]],
 '04-stairs': [[rep(5, F, R, F, L)], [rep(4, F, R, F, L)], [rep(5, F, L, F, R)], [rep(5)], [rep(3, F, R, F, L), F, R, F], [rep(10, F, R, F, L)], [fe(F, R, F, L)], [rep(5, F, R, F, L, ext='shadow')]],
 '05-until': [[fe(F)], [rep(10, F)], [fe(L)], [fe()], [fe(F, F)], [fe(F, F, F)], [fe(dis(F))], [fe(F), F], [F, fe(F)]],
 '06-right-turns': [AHEAD_ELSE_R, AHEAD_ELSE_L, [fe(iff('ahead', F), R)], [fe(ife('right', [R], [F]))], RIGHT_HAND, LEFT_HAND, [fe(ife('ahead', [F], []))], [fe(ife('ahead', [], [R]))]],
 '07-three-ways': [LEFT_HAND, RIGHT_HAND, AHEAD_ELSE_R, AHEAD_ELSE_L, [fe(ife('ahead', [F], [ife('left', [L], [R])]))], [fe(ife('ahead', [F], [ife('right', [R], [L])]))], [fe(iff('left', L), F)]],
 '08-wall-follower': [LEFT_HAND, RIGHT_HAND, AHEAD_ELSE_R, [fe(iff('left', L), iff('ahead', F))], [fe(ife('ahead', [F], [R, R]))], [fe(iff('right', R), ife('ahead', [F], [L]))]],
 '09-zigzag': [[rep(3, F, F, R, F, L)], [F, F, R, F, F, L, F, F, R, F, F], [rep(3, F, F, R, F, F, L)], [rep(2, F, F, R, F, F, L), F, F, R, F, F], [rep(3, F, F, L, F, F, R)], [AHEAD_ELSE_R[0]], RIGHT_HAND, LEFT_HAND, [fe(F, F, R, F, F, L)]],
 '10-spiral': [[fe(F, iff('left', L))], [fe(F, iff('right', R))], [fe(iff('ahead', F), iff('left', L))], [fe(iff('left', L))], AHEAD_ELSE_L, LEFT_HAND, RIGHT_HAND],
 '11-nested-stairs': [[rep(2, rep(3, F), R, rep(3, F), L)], [rep(2, rep(2, F), R, rep(3, F), L)], [rep(2, rep(3, F), R, rep(3, F))], [rep(3, rep(3, F), R, rep(3, F), L)], [rep(2, rep(3, F), L, rep(3, F), R)], [rep(2, rep(3, F, ext='shadow'), R, rep(3, F, ext='block'), L, ext='shadow')], RIGHT_HAND, LEFT_HAND],
 '12-uneven-stairs': [[fe(F, iff('right', R), iff('left', L))], [fe(F, iff('right', R))], RIGHT_HAND, LEFT_HAND, [fe(iff('ahead', F), iff('right', R), iff('left', L))], AHEAD_ELSE_R],
 '13-big-maze': [LEFT_HAND, RIGHT_HAND, AHEAD_ELSE_R, AHEAD_ELSE_L, [fe(ife('ahead', [F], [ife('right', [R], [L])]))]],
 '14-winding-road': [LEFT_HAND, RIGHT_HAND, AHEAD_ELSE_R, AHEAD_ELSE_L, [fe(ife('ahead', [F], [ife('left', [L], [R])]))], [fe(ife('ahead', [F], [ife('right', [R], [L])]))]],
 '15-island': [LEFT_HAND, RIGHT_HAND, AHEAD_ELSE_R, AHEAD_ELSE_L, [fe(ife('right', [R, F], [ife('ahead', [F], [L])]))]],
}
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
n = 0
for pz, progs in PROGS.items():
    for i, prog in enumerate(progs):
        variants = []
        # each program: one XML and one JSON, plus a decorated variant
        for fmt in ('xml', 'json'):
            opts = {'ns': rnd.random() < .5, 'vars': rnd.random() < .4, 'pretty': rnd.random() < .5,
                    'dis': rnd.choice(['v10', 'v11', 'old']), 'collapsed': rnd.random() < .2, 'emptystmt': rnd.random() < .3}
            stacks = [prog]
            extra = rnd.random()
            if extra < .15: stacks = [prog, [dis(F)]]          # stray disabled block
            elif extra < .25: stacks = [prog, [F, R]]          # stray live stack
            ids = Ids(rnd.choice(['plain', 'khmer', 'blockly']))
            text = to_xml(stacks, ids, opts) if fmt == 'xml' else to_json(stacks, ids, opts)
            n += 1
            open(f'{out}/{pz}__{i:02d}_{fmt}.{fmt}', 'w', encoding='utf-8').write(text)
print(n)
