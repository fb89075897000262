// Rebuilds probe.wat from world.wit + core.wat (wit-component's embed + new, then printed), with the
// jco of ../shared/tools/setup-node-tools.sh. Run from that node_modules folder:
//   node /path/to/build.mjs /path/to/this/folder /path/to/shared/wit/wasi-0.2.12
// then: node wat2wasm.mjs probe.wat probe.wasm
import { _setPreopens } from '@bytecodealliance/preview2-shim/filesystem';
_setPreopens({'/': '/'});
import { parse, componentEmbed, componentNew, print } from '@bytecodealliance/jco';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
const [, , dir, wasiWit] = process.argv;
const wit = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-wit-'));
fs.copyFileSync(path.join(dir, 'world.wit'), path.join(wit, 'world.wit'));
for (const p of ['wasi-sockets', 'wasi-io', 'wasi-clocks']) {
  fs.mkdirSync(path.join(wit, 'deps', p), { recursive: true });
  fs.copyFileSync(path.join(wasiWit, p, 'package.wit'), path.join(wit, 'deps', p, 'package.wit'));
}
const core = await parse(fs.readFileSync(path.join(dir, 'core.wat'), 'utf8'));
const component = await componentNew(await componentEmbed({ binary: core, witPath: wit, world: 'probe' }));
fs.writeFileSync(path.join(dir, 'probe.wat'), await print(component));
console.log('probe.wat written');
