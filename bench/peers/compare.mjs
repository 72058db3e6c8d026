// Runs npm PII redaction libraries over labelled chat messages, message by message, and
// scores them, and sladd's output for the same messages, alike:
//   node compare.mjs LABELLED.jsonl "NAME=OUTPUT.jsonl=SECONDS"...
// LABELLED.jsonl holds {"text","spans":[{"start","end","label"}]} (byte offsets); each
// OUTPUT.jsonl the lines a `sladd redact --input-format jsonl` run NAME wrote for the same
// texts in SECONDS of wall time (start-up excluded). Prints a Markdown table; speed ratios
// are to the first sladd run.
//
// A labelled value counts as missed when its text is still in the output; a message without
// labels counts as changed when its output differs from its input.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [labelledPath, ...sladdRuns] = process.argv.slice(2);
const readLines = (path) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const records = readLines(labelledPath);
const bytes = records.reduce((sum, r) => sum + Buffer.byteLength(r.text), 0);

// The labelled values' texts, from byte offsets.
const values = records.map((r) => {
  const buffer = Buffer.from(r.text);
  return r.spans.map((s) => buffer.subarray(s.start, s.end).toString());
});

function score(outputs) {
  let labelled = 0, missed = 0, clean = 0, changed = 0;
  outputs.forEach((out, i) => {
    if (values[i].length === 0) {
      clean += 1;
      if (out !== records[i].text) changed += 1;
      return;
    }
    for (const value of values[i]) {
      labelled += 1;
      if (out.includes(value)) missed += 1;
    }
  });
  return { labelled, missed, clean, changed };
}

async function peers() {
  const list = [];
  const tryLoad = async (name, make) => {
    try {
      list.push({ name, redact: await make() });
    } catch (error) {
      console.error(`compare: ${name} did not load: ${error.message}`);
    }
  };
  await tryLoad('@redactpii/node', async () => {
    const { Redactor } = await import('@redactpii/node');
    const redactor = new Redactor();
    return (text) => redactor.redact(text);
  });
  await tryLoad('redact-pii', async () => {
    const { SyncRedactor } = (await import('redact-pii')).default;
    const redactor = new SyncRedactor();
    return (text) => redactor.redact(text);
  });
  await tryLoad('@openredaction/openredaction', async () => {
    const { OpenRedaction } = await import('@openredaction/openredaction');
    const redactor = new OpenRedaction();
    return (text) => redactor.detect(text).redacted;
  });
  return list;
}

const rows = [];
for (const run of sladdRuns) {
  const [name, path, seconds] = run.split('=');
  rows.push({ name, seconds: Number(seconds), sladd: true, ...score(readLines(path).map((r) => r.text)) });
}
const sladdRate = bytes / 1e6 / rows[0].seconds;
for (const peer of await peers()) {
  const outputs = new Array(records.length);
  peer.redact(records[0].text);  // first call: lazy set-up out of the timing
  const start = performance.now();
  records.forEach((r, i) => { outputs[i] = String(peer.redact(r.text)); });
  const seconds = (performance.now() - start) / 1000;
  rows.push({ name: peer.name, seconds, ...score(outputs) });
}

console.log('| library | messages/s | MB/s | sladd structured / this (speed) | labelled values missed | clean messages changed |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const rate = bytes / 1e6 / row.seconds;
  const ratio = (sladdRate / rate).toFixed(1);
  console.log(`| ${row.name} | ${Math.round(records.length / row.seconds)} | ${rate.toFixed(2)} | ${ratio} | ` +
              `${row.missed} of ${row.labelled} | ${row.changed} of ${row.clean} |`);
}
