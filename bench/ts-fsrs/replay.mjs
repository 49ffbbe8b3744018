// The ts-fsrs side of `clio fsrs replay`: the same contract (docs/cli.md), computed by ts-fsrs 5.4.2.
//   node replay.mjs [--retention R] [--no-fuzz] < reviews.jsonl > states.jsonl
// Input: JSON lines { "card", "rating": 1-4, "at": ISO-8601 UTC }. Output, one line per input line:
// { "card", "at", "rating", "stability", "difficulty", "state", "step", "due", "intervalDays" }.
// A bad line stops the run with one line on stderr naming it, and exit code 2.
import { createInterface } from 'node:readline';
import { fsrs, createEmptyCard, State } from 'ts-fsrs';

const args = process.argv.slice(2);
let retention = 0.9;
let fuzz = true;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--no-fuzz') fuzz = false;
  else if (args[i] === '--retention' && i + 1 < args.length) retention = Number(args[++i]);
  else fail(`unknown argument '${args[i]}'`);
}
if (!(retention > 0 && retention <= 1)) fail(`--retention must be above 0 and at most 1, not ${retention}`);

const scheduler = fsrs({
  request_retention: retention,
  maximum_interval: 36500,
  enable_fuzz: fuzz,
  enable_short_term: true,
  learning_steps: ['1m', '10m'],
  relearning_steps: ['10m'],
});

const stateNames = { [State.New]: 'new', [State.Learning]: 'learning', [State.Review]: 'review', [State.Relearning]: 'relearning' };
// ISO-8601 with seconds and an explicit zone, as clio accepts it; V8 alone would also take 24:00 or 30 February.
const isoUtc = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
function parseTime(at) {
  const m = typeof at === 'string' ? isoUtc.exec(at) : null;
  if (!m) return null;
  const [y, mo, d, h, mi, s, , oh, om] = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => Number(m[i] ?? 0));
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth || h > 23 || mi > 59 || s > 59 || oh > 14 || om > 59) return null;
  const time = new Date(at);
  return Number.isNaN(time.getTime()) ? null : time;
}
const cards = new Map();
const out = [];
let lineNo = 0;

function fail(message) {
  process.stderr.write(`replay: ${message}\n`);
  process.exit(2);
}

async function flush() {
  if (out.length === 0) return;
  const text = out.join('');
  out.length = 0;
  if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  lineNo++;
  if (line.trim() === '') continue;
  let review;
  try {
    review = JSON.parse(line);
  } catch {
    await flush();
    fail(`line ${lineNo}: not valid JSON`);
  }
  if (review === null || typeof review !== 'object' || Array.isArray(review)) { await flush(); fail(`line ${lineNo}: not a JSON object`); }
  const { card, rating, at } = review;
  if (card === undefined) { await flush(); fail(`line ${lineNo}: no "card"`); }
  if (typeof card !== 'string' && typeof card !== 'number') { await flush(); fail(`line ${lineNo}: "card" must be a string or a number`); }
  if (rating === undefined) { await flush(); fail(`line ${lineNo}: no "rating"`); }
  if (!Number.isInteger(rating) || rating < 1 || rating > 4) { await flush(); fail(`line ${lineNo}: "rating" must be 1, 2, 3 or 4`); }
  if (at === undefined) { await flush(); fail(`line ${lineNo}: no "at"`); }
  const time = parseTime(at);
  if (time === null) { await flush(); fail(`line ${lineNo}: "at" must be an ISO-8601 time with a zone, such as 2025-01-31T09:00:00Z`); }

  const key = String(card);
  const before = cards.get(key) ?? createEmptyCard(time);
  if (before.last_review && time.getTime() < before.last_review.getTime()) {
    await flush();
    fail(`line ${lineNo}: card ${JSON.stringify(card)} was already reviewed at ${before.last_review.toISOString()}, after ${time.toISOString()}`);
  }
  const after = scheduler.next(before, time, rating).card;
  cards.set(key, after);
  out.push(JSON.stringify({
    card,
    at: time.toISOString(),
    rating,
    stability: after.stability,
    difficulty: after.difficulty,
    state: stateNames[after.state],
    step: after.learning_steps,
    due: after.due.toISOString(),
    intervalDays: after.scheduled_days,
  }) + '\n');
  if (out.length >= 4096) await flush();
}
await flush();
