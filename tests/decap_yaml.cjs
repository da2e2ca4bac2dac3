// Decap CMS 3.16's YAML format (decap-cms-core formats/yaml.ts), run with the
// `yaml` package it bundles (pinned in package.json), for tests/test_fmt_emitter.py.
//   node tests/decap_yaml.cjs stringify: one JSON value per input line -> the YAML
//     text Decap's toFile writes for it (keys already in Decap's order), as a JSON string;
//   node tests/decap_yaml.cjs parse: one JSON string of YAML text per input line ->
//     the data Decap's fromFile reads from it, as JSON.
'use strict';
const readline = require('readline');
const yaml = require('yaml');

// Decap's own custom tag for ISO timestamps (formats/yaml.ts).
const timestampTag = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: '!timestamp',
  test: /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2}(\.[0-9]+)?)Z$/,
  resolve: (str) => new Date(str),
  stringify: (value) => value.toISOString(),
};

function toFile(data) {
  const doc = new yaml.Document();
  doc.contents = yaml.createNode(data);
  return doc.toString();
}

function fromFile(content) {
  const doc = yaml.parseDocument(content, { customTags: [timestampTag], prettyErrors: true });
  if (doc.errors.length > 0) return { error: doc.errors.map((e) => e.message).join('\n') };
  return doc.toJSON();
}

const run = { stringify: (line) => toFile(JSON.parse(line)), parse: (line) => fromFile(JSON.parse(line)) }[process.argv[2]];
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  process.stdout.write(JSON.stringify(run(line)) + '\n');
});
