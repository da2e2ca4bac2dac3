/*
 * Search for the campaign site, speaking Material for MkDocs' worker protocol
 * (SETUP -> READY, QUERY -> RESULT), so Material's search box, ?q= links and
 * Vietnamese interface stay as they are while the matching is ours:
 *
 * - tone marks and đ are folded: "lua dao" finds "lừa đảo";
 * - a query typed with diacritics ranks pages with that exact spelling first;
 * - adjacent words matched as a phrase rank first ("giảm nghèo");
 * - document numbers match whole or in part ("2416", "BTTTT-CATTT", "90/QD-TTg");
 * - only the index files a query needs are fetched, and only those the manifest says exist
 *   (see scripts/sitegen/render/search_index.py, which must fold, tokenize, hash and map
 *   the files exactly like this file).
 */
"use strict";

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
const INDEX = new URL("../../tim-kiem/", self.location.href);
const MAX_RESULTS = 15;
const MAX_PREFIX_EXPANSIONS = 12;
const PREFIX_FACTOR = 0.5;
const SPELLING_BONUS = 1.5;
const PHRASE_FACTOR = 2;
const EXCERPT_CHARS = 200;

const files = new Map();
const encoder = new TextEncoder();

function load(path) {
  if (!files.has(path)) {
    files.set(path, fetch(new URL(path, INDEX))
      .then(response => response.ok ? response.json() : null)
      .catch(() => null));
  }
  return files.get(path);
}

function foldChar(char) {
  const lower = char.toLowerCase();
  if (lower === "đ") return "d";
  const stripped = lower.normalize("NFD").replace(/\p{M}/gu, "");
  return [...stripped].length === 1 ? stripped : lower;
}

function fold(text) {
  let out = "";
  for (const char of text.normalize("NFC")) out += foldChar(char);
  return out;
}

function tokenize(text) {
  return text.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
}

function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/* Whether file `n` exists, from the manifest's hex map (four files a digit, lowest bit first). */
function present(map, n) {
  return (parseInt(map[n >> 2] || "0", 16) >> (n & 3)) % 2 === 1;
}

/* A term shard or postings bucket; one the manifest does not list is empty and is not fetched. */
function indexFile(folder, map, n) {
  return present(map, n) ? load(`${folder}/${n}.json`) : Promise.resolve(null);
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/* Folded copy of `text` with, for each folded character, its index in `text`. */
function foldWithMap(text) {
  let folded = "";
  const origin = [];
  let index = 0;
  for (const char of text) {
    const f = foldChar(char);
    for (let k = 0; k < f.length; k++) { folded += f[k]; origin.push(index); }
    index += char.length;
  }
  origin.push(index);
  return { folded, origin };
}

/* Ranges of `text` where a folded query word starts a word. */
function matchRanges(text, words) {
  const { folded, origin } = foldWithMap(text);
  const ranges = [];
  for (const word of words) {
    let at = folded.indexOf(word);
    while (at >= 0) {
      const before = at === 0 ? "" : folded[at - 1];
      if (!/[\p{L}\p{N}]/u.test(before)) ranges.push([origin[at], origin[at + word.length]]);
      at = folded.indexOf(word, at + 1);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

function highlight(text, ranges) {
  let html = "", position = 0;
  for (const [start, end] of ranges) {
    html += escapeHtml(text.slice(position, start)) + "<mark>" + escapeHtml(text.slice(start, end)) + "</mark>";
    position = end;
  }
  return html + escapeHtml(text.slice(position));
}

function excerpt(text, words) {
  const ranges = matchRanges(text, words);
  let start = 0;
  if (ranges.length && ranges[0][0] > EXCERPT_CHARS / 3) {
    start = text.lastIndexOf(" ", ranges[0][0] - EXCERPT_CHARS / 3) + 1;
  }
  let end = Math.min(text.length, start + EXCERPT_CHARS);
  if (end < text.length) end = Math.max(text.lastIndexOf(" ", end), start + 1);
  const piece = text.slice(start, end);
  const shifted = matchRanges(piece, words);
  return (start > 0 ? "… " : "") + highlight(piece, shifted) + (end < text.length ? " …" : "");
}

function decode(postings) {
  if (!postings) return [];
  const [deltas, weights, masks] = postings;
  const out = [];
  let doc = 0;
  for (let i = 0; i < deltas.length; i++) {
    doc += deltas[i];
    out.push([doc, weights[i], masks ? masks[i] : 0]);
  }
  return out;
}

/* The word itself, and for the word being typed (the last), words it begins. */
async function candidates(manifest, token, typing) {
  const shard = await indexFile("t", manifest.terms, fnv1a(token.slice(0, 2)) % manifest.termShards) || {};
  const found = [];
  if (shard[token]) found.push({ token, factor: 1, df: shard[token][0], variants: shard[token][1] });
  if (typing && token.length >= 2) {
    Object.keys(shard)
      .filter(other => other !== token && other.startsWith(token))
      .sort((a, b) => shard[b][0] - shard[a][0])
      .slice(0, MAX_PREFIX_EXPANSIONS)
      .forEach(other => found.push({ token: other, factor: PREFIX_FACTOR, df: shard[other][0], variants: shard[other][1] }));
  }
  return found;
}

function bucketOf(manifest, key) {
  return indexFile("p", manifest.postings, fnv1a(key) % manifest.buckets);
}

async function postingsOf(manifest, key) {
  const bucket = await bucketOf(manifest, key);
  return decode(bucket && bucket[key]);
}

async function search(query) {
  const manifest = await load("manifest.json");
  const exact = tokenize(query).slice(0, 10);
  if (!manifest || !exact.length) return { items: [] };
  const words = exact.map(fold);
  const total = manifest.docs;

  const scores = new Map();
  // Fetch now, beside the term shards, what needs no term lookup: each word's own
  // postings and the word pairs'. Only prefix matches of the last word wait for its shard.
  words.forEach(word => bucketOf(manifest, word));
  const pairPostings = words.slice(1).map((word, i) => postingsOf(manifest, `${words[i]} ${word}`));
  const perWord = await Promise.all(words.map((word, i) => candidates(manifest, word, i === words.length - 1)));
  await Promise.all(perWord.map(async (options, i) => {
    const best = new Map();
    await Promise.all(options.map(async option => {
      const idf = Math.log(1 + total / option.df);
      const bit = option.variants.indexOf(exact[i]);
      for (const [doc, weight, mask] of await postingsOf(manifest, option.token)) {
        const exactSpelling = bit >= 0 && Math.floor(mask / 2 ** bit) % 2 === 1;
        const score = idf * weight * option.factor * (exactSpelling ? SPELLING_BONUS : 1);
        if (score > (best.get(doc) || 0)) best.set(doc, score);
      }
    }));
    for (const [doc, score] of best) {
      const entry = scores.get(doc) || { score: 0, matched: new Array(words.length).fill(false) };
      entry.score += score;
      entry.matched[i] = true;
      scores.set(doc, entry);
    }
  }));

  await Promise.all(pairPostings.map(async pending => {
    const postings = await pending;
    const idf = Math.log(1 + total / Math.max(postings.length, 1));
    for (const [doc, weight] of postings) {
      const entry = scores.get(doc);
      if (entry) entry.score += PHRASE_FACTOR * idf * weight;
    }
  }));

  const entries = [...scores.entries()].map(([doc, entry]) => ({ doc, ...entry, count: entry.matched.filter(Boolean).length }));
  const most = Math.max(0, ...entries.map(entry => entry.count));
  const ranked = entries
    .filter(entry => entry.count === most)
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .slice(0, MAX_RESULTS);

  const chunks = await Promise.all(ranked.map(entry => load(`d/${Math.floor(entry.doc / manifest.chunk)}.json`)));
  const items = ranked.map((entry, i) => {
    const [url, title, kind, text] = chunks[i][entry.doc % manifest.chunk];
    const terms = {};
    exact.forEach((word, k) => { terms[word] = entry.matched[k]; });
    return [{
      location: url,
      title: highlight(title, matchRanges(title, words)),
      text: `<strong>${escapeHtml(kind)}</strong> · ${excerpt(text, words)}`,
      score: entry.score,
      terms
    }];
  });
  return { items };
}

/* Answer queries in the order they came, whatever their fetches take. */
let queue = Promise.resolve();
addEventListener("message", event => {
  const message = event.data;
  queue = queue.then(async () => {
    if (message.type === SETUP) {
      await load("manifest.json");
      postMessage({ type: READY });
    } else if (message.type === QUERY) {
      try {
        postMessage({ type: RESULT, data: await search(message.data) });
      } catch (error) {
        console.warn("Tìm kiếm lỗi:", error);
        postMessage({ type: RESULT, data: { items: [] } });
      }
    }
  });
});
