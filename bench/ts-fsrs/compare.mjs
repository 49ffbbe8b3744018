// Compares the output of `clio fsrs replay` with that of replay.mjs, line by line.
//   node compare.mjs clio.jsonl ts-fsrs.jsonl [--tolerance 1e-6]
// Per line: card, at, rating, state and step equal; stability and difficulty equal within the relative tolerance;
// intervalDays and due equal (at the maximum interval too, where both keep Good and Easy a day apart from Hard).
// Exit 0 when every line agrees, 1 otherwise.
import { openSync, readSync, closeSync } from 'node:fs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const [clioPath, tsPath] = args;
const tolerance = opt('--tolerance', 1e-6);

function* lines(path) {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(1 << 20);
  let rest = '';
  for (;;) {
    const n = readSync(fd, buffer, 0, buffer.length, null);
    if (n === 0) break;
    const parts = (rest + buffer.toString('utf8', 0, n)).split('\n');
    rest = parts.pop();
    yield* parts;
  }
  if (rest) yield rest;
  closeSync(fd);
}

const clio = lines(clioPath);
let count = 0, identical = 0, mismatches = 0, maxS = 0, maxD = 0;
const relative = (a, b) => Math.abs(a - b) / Math.max(1, Math.abs(b));
for (const tsLine of lines(tsPath)) {
  const next = clio.next();
  count++;
  if (next.done) { report(`line ${count}: clio has no line; ts-fsrs has ${tsLine}`); break; }
  if (next.value === tsLine) { identical++; continue; }
  const c = JSON.parse(next.value);
  const t = JSON.parse(tsLine);
  const problems = [];
  for (const key of ['card', 'at', 'rating', 'state', 'step']) if (c[key] !== t[key]) problems.push(key);
  const dS = relative(c.stability, t.stability);
  const dD = relative(c.difficulty, t.difficulty);
  maxS = Math.max(maxS, dS);
  maxD = Math.max(maxD, dD);
  if (dS > tolerance) problems.push('stability');
  if (dD > tolerance) problems.push('difficulty');
  if (c.intervalDays !== t.intervalDays) problems.push('intervalDays');
  if (c.due !== t.due) problems.push('due');
  if (problems.length) report(`line ${count}: ${problems.join(', ')} differ\n  clio:    ${next.value}\n  ts-fsrs: ${tsLine}`);
}
if (!clio.next().done) report('clio has more lines than ts-fsrs');

console.log(`${count} lines: ${identical} byte-identical, ${mismatches} disagreeing`);
console.log(`largest relative difference: stability ${maxS.toExponential(2)}, difficulty ${maxD.toExponential(2)}`);
process.exit(mismatches ? 1 : 0);

function report(message) {
  mismatches++;
  if (mismatches <= 5) console.log(message);
}
