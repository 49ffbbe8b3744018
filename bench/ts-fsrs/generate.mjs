// Random review histories for bench/fsrs-compare.sh, as JSON lines { "card", "rating", "at" } in time order.
//   node generate.mjs [--cards N] [--max-reviews M] [--seed S] > reviews.jsonl
// Each card gets 1..M reviews (uniform). Every review after the first is made on schedule, early, late, the same
// UTC day, or just either side of UTC midnight; due times come from ts-fsrs without fuzz. Ratings are Again 12 %,
// Hard 13 %, Good 60 %, Easy 15 %. One card in ten has a numeric id. The same arguments give the same file.
import { fsrs, createEmptyCard } from 'ts-fsrs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? Number(args[i + 1]) : fallback;
};
const cardCount = opt('--cards', 1000);
const maxReviews = opt('--max-reviews', 30);
const random = mulberry32(opt('--seed', 1) >>> 0);

const DAY = 86400000;
const MINUTE = 60000;
const start = Date.UTC(2024, 0, 1);
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: true });
const events = [];

for (let c = 0; c < cardCount; c++) {
  const id = c % 10 === 0 ? c : `c${c}`;
  let card = createEmptyCard(new Date(start));
  let t = start + Math.floor(random() * 365 * DAY);
  const n = 1 + Math.floor(random() * maxReviews);
  for (let k = 0; k < n; k++) {
    if (k > 0) t = nextTime(t, card.due.getTime());
    const rating = pickRating();
    events.push({ t, card: id, rating });
    card = scheduler.next(card, new Date(t), rating).card;
  }
}

// Stable sort: a card's own reviews keep their order when two share a time.
events.sort((a, b) => a.t - b.t);
const out = [];
for (const e of events) {
  out.push(JSON.stringify({ card: e.card, rating: e.rating, at: new Date(e.t).toISOString() }));
  if (out.length === 8192) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
}
if (out.length) process.stdout.write(out.join('\n') + '\n');

function nextTime(last, due) {
  const gap = Math.max(due - last, MINUTE);
  const u = random();
  let t;
  if (u < 0.45) t = due + Math.floor(random() * 2 * 60 * MINUTE); // on schedule, within two hours
  else if (u < 0.6) t = last + Math.floor(random() * gap); // early
  else if (u < 0.8) t = due + Math.floor(random() * (gap + 10 * DAY)); // late
  else if (u < 0.95) {
    const midnight = (Math.floor(last / DAY) + 1) * DAY; // the same UTC day
    t = last + Math.floor(random() * Math.min(midnight - last, 3 * 60 * MINUTE));
  } else {
    const midnight = (Math.floor(Math.max(last, due) / DAY) + 1) * DAY; // either side of UTC midnight
    t = midnight + Math.floor((random() - 0.5) * 20 * MINUTE);
  }
  return Math.max(t, last);
}

function pickRating() {
  const u = random();
  return u < 0.12 ? 1 : u < 0.25 ? 2 : u < 0.85 ? 3 : 4;
}

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
