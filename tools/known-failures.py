#!/usr/bin/env python3
# Regenerates weft-testsuite/src/test/resources/known-failures.txt from `./weft wast --verbose` output,
# grouping failures by cause. Usage: ./weft wast --verbose ../shared/conformance/component-model > /tmp/v.txt;
#   python3 tools/known-failures.py weft-testsuite/src/test/resources/known-failures.txt /tmp/v.txt
# An unclassified failure stops it: classify it here (or fix it) rather than hiding it.
import json,re,sys
import re as _re
lines=open(sys.argv[2]).read().split('\n')
fails=[]
for i,l in enumerate(lines):
    m=_re.match(r'  FAIL (\S+) (\S+): (.*)',l)
    if m:
        exp=act=''
        j=i+1
        while j<len(lines) and lines[j].startswith('      '):
            if 'expected:' in lines[j]: exp=lines[j].split('expected:',1)[1].strip()
            if 'actual:' in lines[j]: act=lines[j].split('actual:',1)[1].strip()
            j+=1
        fails.append((m.group(1),m.group(2),m.group(3),exp,act))
HEADER = """# Conformance commands of ../shared/conformance/component-model that are expected to FAIL for now.
# One per line, path relative to that directory, then the line of the command in the .wast, then why:
#
#   validation/abi.json:39  # memory index bounds not checked yet (issue #N)
#
# A listed command that fails is reported as skipped ("known failure: <why>"); a listed command that
# passes, is skipped or no longer exists makes ConformanceTest.knownFailuresStillFail fail, so the
# list stays honest: delete the line then. Keep it empty whenever possible.
#
# Grouped by cause. "poisoned" entries fail only because an earlier command of the same instance
# trapped (the runtime then refuses to enter it: "cannot enter component instance"); they go away
# with the cause above them.
"""
groups = [
 ("chicory", "Chicory (the core engine)", []),
 ("async", "async (CM 0.3) not implemented yet: the component calls an async built-in (stream.*, future.*,\n# waitable-set.*, subtask.*, context.*, backpressure.*, thread.*) that Weft traps on, or its instance was\n# poisoned by that trap. Components that lift async functions are skipped instead (UnsupportedFeatureException,\n# `not supported yet: async`).", []),
 ("mayleave", "runtime bug: an async built-in called from a post-return function must trap with \"cannot leave\n# component instance\" (the spec's trap_if(not inst.may_leave) comes first); Weft traps with \"`canon X` is\n# not supported by Weft yet\" instead. values/post-return.wast:201-256", []),
 ("ownres", "runtime bug: a guest-to-guest call whose callee returns own<R> fails with ValueTypeException \"expected\n# own<R>, found own<resource0> at the result\": the callee's result is checked against the caller's\n# import type, whose abstract resource R was not substituted by the resource the import was bound to.", []),
 ("maps", "runtime bug: a map with duplicate keys loses entries when lifted (MapValue holds a java.util.Map;\n# the Canonical ABI keeps every pair of the list, in order)", []),
 ("tags", "Chicory 1.7.5: a `catch` of an imported tag matches any thrown exception whose tag has the same\n# signature; the tag's identity is not compared, so a `catch $t` catches an exception of another instance\n# of the same tag module (which must go to `catch_all`). Both the interpreter (InterpreterMachine.THROW_REF) and\n# the compiler (Shaded.exceptionMatches) compare TagInstance.type() params/returns by equals; no workaround in\n# the engine seam (a tag must stay one TagInstance for identity, and FunctionType is final with structural\n# lists). Endive runtime 1.2.0's interpreter compares the tags' identity; its compiler 1.0.0 does not.", []),
 ("reenter", "runtime bug: calling from a component instance into its own child (or parent) instance must trap\n# with \"cannot enter component instance\" (the spec's \"for now\" rule); Weft lets the call through", []),
 ("unreachable", "trap wording: the test expects Wasmtime's \"wasm `unreachable` instruction executed\"; Weft's core\n# trap says \"unreachable\"", []),
]
g = {k: v for k, _, v in groups}
last_cause = {}
for loc, typ, reason, exp, act in fails:
    f = loc.split(':')[0]
    poisoned = 'poisoned by an earlier trap' in act
    if loc == 'validation/indicies.json:60':
        g['chicory'].append((loc, 'Chicory 1.7.5 rejects a core import whose module and field names are both empty ("malformed import kind"); the module is valid'))
    elif 'builtin-trap-poisons-instance.json:9' in loc and 'unreachable' in act:
        g['unreachable'].append((loc, 'expects "wasm `unreachable` instruction executed", Weft says "wasm trap: unreachable"'))
    elif f == 'values/post-return.json' and reason == 'trapped with another message' and 'cannot leave' in exp:
        m = re.search(r'`canon ([^`]*)`', act)
        g['mayleave'].append((loc, 'must trap "cannot leave component instance" before `canon %s` traps as not supported' % (m.group(1) if m else '?')))
    elif 'found own<' in act or (poisoned and last_cause.get(f) == 'ownres'):
        if 'found own<' in act:
            last_cause[f] = 'ownres'
            g['ownres'].append((loc, 'own<R> result of a guest callee rejected: ' + act))
        else:
            g['ownres'].append((loc, 'poisoned by the own<R> result failure above'))
    elif f == 'values/concat.json' and reason == 'returned another value':
        g['maps'].append((loc, 'duplicate map keys collapsed when lifting: ' + act.split(' (')[0]))
    elif f == 'linking/tags.json' and reason == 'returned another value':
        g['tags'].append((loc, 'Chicory catches an exception of another tag instance with `catch $t` (same signature): ' + act.split(' (')[0]))
    elif f == 'async/trap-on-reenter.json' and reason == 'returned instead of trapping':
        g['reenter'].append((loc, 'call into a parent/child instance returned instead of trapping "cannot enter component instance"'))
    elif 'not supported by Weft yet' in act:
        m = re.search(r'`canon ([^`]*)`', act)
        last_cause[f] = 'async'
        if 'depends on a command' in reason:
            why = 'its instance did not instantiate (`canon %s` trapped)' % m.group(1)
        elif 'instantiat' in reason:
            why = '`canon %s` traps while instantiating' % m.group(1)
        else:
            why = '`canon %s`' % m.group(1)
        g['async'].append((loc, 'async (CM 0.3) not implemented yet: ' + why))
    elif poisoned and last_cause.get(f) == 'async':
        g['async'].append((loc, 'async (CM 0.3) not implemented yet: poisoned by the trap above'))
    else:
        print('UNCLASSIFIED', loc, reason, act, file=sys.stderr); sys.exit(1)
out = [HEADER]
for k, title, items in groups:
    if not items: continue
    out.append('\n# ' + title + '\n')
    for loc, why in items:
        out.append('%s  # %s\n' % (loc, why))
open(sys.argv[1], 'w').write(''.join(out))
print(sum(len(v) for _, _, v in groups), 'entries')
