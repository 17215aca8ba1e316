// wellformed.js writes wellformed.tsv: language tags, each with 1 if Intl
// (ICU) accepts it as a BCP 47 tag and 0 if it throws, and how Intl formats
// 1234.56 USD in it, for the test that Format accepts exactly the tags Intl
// does and reads them alike. The tags are built from the
// grammar's parts and then broken at random (a seeded generator, so the
// file is reproducible): node currency/testdata/icu/wellformed.js
"use strict";
const fs = require("fs"), path = require("path");
let seed = 20261201;
function rnd(n) { // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}
function pick(a) { return a[rnd(a.length)]; }
const alpha = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", digit = "0123456789", alnum = alpha + digit;
function str(set, lo, hi) { let n = lo + rnd(hi - lo + 1), s = ""; while (n--) s += pick(set); return s; }
const langs = ["en", "de", "as", "zh", "sr", "ar", "und", "EN", "iw", "cmn", "yue", "tlh", "xx", "qaa", "abcde", "root", "i", "art", "hant"];
const pieces = [
  () => pick(["Latn", "Hant", "Cyrl", "Zzzz", "latn", "ABCD"]),
  () => pick(["US", "GB", "419", "001", "ZZ", "us", "AA", "999"]),
  () => pick(["valencia", "1996", "POSIX", "arevmda", "lojban", "1901", "fonipa", "0abc", "abcd1"]),
  () => "u-" + pick(["nu-latn", "nu-arab", "cu-eur", "nu", "ca-gregory-nu-thai", "attr-nu-latn", "attr", "nu-latn-nu-arab", "a1", "1a-xyz", "nu-ab", "ab-cd-ef"]),
  () => "t-" + pick(["en", "en-US", "00-0a", "a0", "a0-123", "k0-abc", "en-a0-xyz", "m0-ungegn", "en-latn-us-k0-abc", "h0-hybrid", "en-1996-1996", "0a-abc", "en-en"]),
  () => pick(["a", "b", "y", "1", "z"]) + "-" + pick(["00", "abc", "0", "abcdefghi", "ab-cd", "12345678"]),
  () => "x-" + pick(["private", "a", "1-2-3", "abcdefghi", "u-nu-latn", "t-00"]),
  () => str(alnum, 1, 9),
  () => "",
];
const tags = new Set([
  "as-t-00-0a", "AS-T-00-0A-u-nu-latn", "en-t-a0", "en-a-0", "en-US-u-nu-", "x-private", "root", "en-u-nu", "en-a-00",
  "en-t-en-a0-12", "en-t-a0-123", "en--US", "-en", "en-", "en-US-US", "en-1996-1996", "en-1996-fonipa-1996", "en-t-en-1996-1996",
  "en-u-nu-latn-u-ca-gregory", "en-a-bc-a-de", "en-x-a-x-b", "en-x-u-nu-latn", "i-klingon", "art-lojban", "zh-min-nan", "sgn-BE-FR",
  "en-abcdefghi", "en-Latn-Latn", "abcd", "a", "en-u-attr", "en-u-1a", "en-u-a1", "de-t-de-u-nu-latn", "en-t-m0", "en-t-m0-und",
]);
for (let i = 0; tags.size < 6000 && i < 100000; i++) {
  const parts = [pick(langs)];
  for (let k = rnd(5); k > 0; k--) parts.push(pick(pieces)());
  let t = parts.join("-");
  switch (rnd(6)) {
    case 0: { const j = rnd(t.length + 1); t = t.slice(0, j) + pick(["-", "a", "0", "--", "-x", "-u", "-t"]) + t.slice(j); break; }
    case 1: t = t.slice(0, rnd(t.length + 1)); break;
  }
  if (t.length > 0 && t.length <= 128 && !t.includes("_")) tags.add(t);
}
const out = ["# tag TAB valid (1 if Intl accepts it) TAB 1234.56 USD as Intl.NumberFormat formats it (a JSON string) TAB \"default\" where Intl takes its default locale for a language it has no data for; written by wellformed.js with Node " + process.version + ", ICU " + process.versions.icu];
for (const t of [...tags].sort()) {
  let want, got, text;
  try {
    want = Intl.getCanonicalLocales(t)[0];
    const f = new Intl.NumberFormat(t, { style: "currency", currency: "USD" });
    got = f.resolvedOptions().locale;
    text = f.format(1234.56);
  } catch (e) {
    out.push(t + "\t0\t\t");
    continue;
  }
  // As in golden.js: a language Intl has no data for takes its default
  // locale (en-US), where the package formats root.
  const bare = want.replace(/-[a-z]-.*$/, ""), short = got.replace(/-[a-z]-.*$/, "");
  const fallback = bare !== short && !(bare + "-").startsWith(short + "-") ? "default" : "";
  out.push([t, "1", JSON.stringify(text), fallback].join("\t"));
}
fs.writeFileSync(path.join(__dirname, "wellformed.tsv"), out.join("\n") + "\n");
