// icu-locales.js writes icu-locales.txt (next to this script): the locale
// IDs that Intl.NumberFormat of Node (ICU) has data for, among the IDs of
// cldr-numbers.json (its locales, its default-content locales, and the
// language-region form of each language-script-region ID, which ICU also
// carries: "zh-TW" beside "zh-Hant-TW"). An ID is listed when Intl resolves
// it to itself; one ICU does not have resolves to a shorter tag ("az-Arab"
// to "az", "en-Shaw" to "en") or to Node's default locale ("ss", "bgn").
//
// The generator keeps only the CLDR locales listed here, and Format
// shortens a tag, as Intl does, until it names a listed ID. Run it by hand
// with Node 20 (ICU 78.2, CLDR 48.0):
//
//	node currency/internal/gen/data/icu-locales.js
"use strict";
const fs = require("fs");
const path = require("path");

const d = JSON.parse(fs.readFileSync(path.join(__dirname, "cldr-numbers.json"), "utf8"));
const ids = new Set([...d.locales.map((l) => l.id), ...d.defaultContent]);
for (const id of [...ids]) {
  const p = id.split("-");
  if (p.length === 3 && /^[A-Z][a-z]{3}$/.test(p[1]) && /^([A-Z]{2}|[0-9]{3})$/.test(p[2])) ids.add(p[0] + "-" + p[2]);
}
ids.delete("und");
const keep = [...ids].filter((id) => {
  const canon = Intl.getCanonicalLocales(id)[0];
  return canon === id && new Intl.NumberFormat(id).resolvedOptions().locale === id;
}).sort();
const header = `# Node ${process.versions.node}, ICU ${process.versions.icu}, CLDR ${process.versions.cldr}: the IDs Intl.NumberFormat resolves to themselves; written by icu-locales.js\n`;
fs.writeFileSync(path.join(__dirname, "icu-locales.txt"), header + keep.join("\n") + "\n");
process.stderr.write(`${keep.length} of ${ids.size} IDs\n`);
