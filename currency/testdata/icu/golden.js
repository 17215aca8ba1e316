// golden.js writes the expected strings of the currency package's display
// tests, as ICU renders them through Intl.NumberFormat, to golden.tsv.gz
// (next to this script). go test reads that file and needs no Node.
//
// Run it by hand with Node 20 (ICU 78.2, CLDR 48):
//
//	node currency/testdata/icu/golden.js
//
// Every case formats an integer number of minor units of an ISO 4217
// currency with the ISO number of decimals forced (minimumFractionDigits =
// maximumFractionDigits = the ISO minor unit, from
// currency/internal/gen/data/codes-all.csv), style "currency",
// currencyDisplay symbol, narrowSymbol or code, and currencySign standard
// or accounting. The amount is passed as an exact decimal string (built
// with BigInt), so int64 extremes are exact.
//
// The tags are the CLDR 48 locales, plus region, script, alias, variant
// and -u-nu- variants, including tags Intl shortens to a locale ICU has
// ("az-Arab-IQ" to az). For a language ICU has no data for at all, Intl
// takes Node's default locale (en-US) where the package formats root: such
// cases are marked "default" and reported on stderr.
//
// Output lines: tag TAB code TAB minor TAB display TAB accounting (0/1)
// TAB the expected text as a JSON string TAB "default" or "".
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const here = __dirname;
const csv = fs.readFileSync(path.join(here, "../../internal/gen/data/codes-all.csv"), "utf8");
const digits = new Map();
for (const line of csv.trim().split("\n").slice(1)) {
  // Entity may be quoted and contain commas: read the last five fields.
  const f = line.split(",");
  const [code, , minor, withdrawn] = f.slice(-4);
  if (withdrawn === "" && /^[0-9]$/.test(minor)) digits.set(code, Number(minor));
}
const codes = [...digits.keys()].sort();

// CLDR 48 locale ids (cldr-numbers-full main/), with "und" left out: Intl
// resolves "und" to its default locale, not to root.
const cldrLocales = fs.readFileSync(path.join(here, "locales.txt"), "utf8").trim().split("\n");
const extra = [
  // default-content and region variants
  "en-US", "de-DE", "fr-FR", "es-ES", "it-IT", "pt-BR", "ja-JP", "ko-KR", "zh-CN", "zh-TW", "zh-HK",
  "zh-SG", "zh-MO", "ru-RU", "pl-PL", "nl-NL", "sv-SE", "nb-NO", "da-DK", "fi-FI", "et-EE", "lt-LT",
  "lv-LV", "hr-HR", "hu-HU", "bg-BG", "ka-GE", "is-IS", "th-TH", "tr-TR", "el-GR", "cs-CZ", "sk-SK",
  "sl-SI", "ro-RO", "uk-UA", "he-IL", "ar-SA", "fa-IR", "ur-PK", "bn-BD", "mr-IN", "ne-NP", "my-MM",
  "hi-IN", "ta-IN", "te-IN", "kn-IN", "ml-IN", "gu-IN", "pa-IN", "pa-PK", "sr-RS", "sr-ME", "sr-BA",
  "uz-UZ", "uz-AF", "az-AZ", "bs-BA", "vi-VN", "id-ID", "ms-MY", "fil-PH", "sw-TZ", "am-ET", "ckb-IQ",
  "ps-AF", "ks-IN", "sd-PK", "yue-HK", "en-001", "es-MX", "es-US", "fr-CA", "pt-PT", "de-CH", "it-CH",
  // script variants spelled out
  "zh-Hant-TW", "zh-Hans-CN", "sr-Cyrl-RS", "sr-Latn-RS", "uz-Latn-UZ", "pa-Guru-IN", "pa-Arab-PK",
  "az-Latn-AZ", "bs-Latn-BA", "yue-Hant-HK",
  // aliases and odd case
  "iw", "iw-IL", "in", "in-ID", "no", "no-NO", "tl", "EN-us",
  // numbering systems
  "ar-EG-u-nu-latn", "ar-u-nu-latn", "ar-SA-u-nu-latn", "fa-u-nu-latn", "fa-IR-u-nu-latn",
  "hi-IN-u-nu-deva", "bn-u-nu-latn", "mr-u-nu-latn", "ne-u-nu-latn", "my-u-nu-latn", "th-u-nu-thai",
  "th-TH-u-nu-thai", "en-u-nu-thai", "en-US-u-nu-deva", "de-u-nu-beng", "ja-u-nu-latn", "ur-u-nu-arabext",
  "ps-u-nu-latn", "ckb-u-nu-latn", "ta-u-nu-tamldec", "en-US-u-nu-fullwide", "zh-u-nu-hanidec",
  "ar-u-nu-invalid", "ar-EG-u-nu-native", "hi-u-nu-native", "en-u-nu-latn",
];

// Languages in regions of other languages (de-CH, ar-MA, en-IN, fr-CA, ...)
// and numbering systems on locales that do not have them (fr-u-nu-arabext):
// every combination that Intl keeps as written.
const langs = ("en de fr es it pt nl sv da fi ru pl cs tr ar he fa hi bn ta ja ko zh th vi id ms sw am ur " +
  "ps uz sr bs hr sl sk hu ro bg el uk be ka hy az kk ky mn my km lo ne si mr gu pa ml kn te or as ga cy " +
  "is mt lb eu ca gl af zu xh yo ig ha so").split(" ");
const regions = "US GB DE FR CH AT IN EG SA AE MA PK BD IR AF CN TW HK SG JP BR MX AR ES IT NL BE CA AU ZA NG KE RU UA TR".split(" ");
const systems = ["arab", "arabext", "deva", "beng", "thai", "latn", "tamldec", "mymr", "khmr", "laoo", "fullwide", "hanidec"];
langs.forEach((l, i) => {
  for (let k = 0; k < 8; k++) extra.push(l + "-" + regions[(i * 7 + k * 5) % regions.length]);
  extra.push(l + "-u-nu-" + systems[i % systems.length]);
});

const narrowFrom = extra.length; // the wider tags below take one amount per currency
// Wider: more regions and numbering systems per language, and tags Intl
// rewrites (aliases, scripts and variants ICU has no data for, which it
// shortens: "az-Arab-IQ" is az, "en-Shaw" en, "de-1996" de).
const wideRegions = "US GB DE FR CH AT IN EG SA AE MA PK BD IR AF CN TW HK SG JP BR MX AR ES IT NL BE CA AU ZA NG KE RU UA TR IQ DZ LB MY ID PH NO SE DK FI PL IL".split(" ");
const wideSystems = ["arab", "arabext", "deva", "beng", "thai", "latn", "tamldec", "mymr", "khmr", "laoo", "fullwide",
  "hanidec", "native", "guru", "gujr", "telu", "mlym", "knda", "orya", "tibt"];
(langs.join(" ") + " et lt lv sq mk fil nb").split(" ").forEach((l, i) => {
  for (let k = 0; k < 6; k++) extra.push(l + "-" + wideRegions[(i * 11 + k * 7) % wideRegions.length]);
  extra.push(l + "-u-nu-" + wideSystems[i % wideSystems.length]);
  extra.push(l + "-" + wideRegions[(i * 3) % wideRegions.length] + "-u-nu-" + wideSystems[(i + 5) % wideSystems.length]);
});
extra.push(
  "ji", "jw", "mo", "sh", "nn-NO", "zh-MO", "zh-Hant", "zh-Hans-HK", "zh-Hant-CN", "sr-Latn", "sr-Cyrl-BA", "sr-XK",
  "pa-Arab", "az-Cyrl", "az-Cyrl-AZ", "az-Arab", "az-IR", "uz-Arab", "uz-Cyrl", "uz-Cyrl-UZ", "ms-Arab", "ms-Arab-BN",
  "ms-Arab-MY", "ks", "ks-IN", "ks-Deva", "ks-Arab", "sd", "sd-Deva", "sd-IN", "mni", "mni-Beng", "mni-Mtei", "sat",
  "sat-Olck", "sat-Deva", "ff-Adlm", "ff-Adlm-GN", "ff-Latn", "ff-Latn-SN", "ca-ES-valencia", "en-US-u-nu-arab",
  "hi-IN-u-nu-latn", "ar-SA-u-nu-arab", "ja-u-nu-jpan", "ar-u-nu-native", "en-GB-u-cu-eur", "de-DE-u-cu-usd",
  "en-u-cu-jpy", "yue-CN", "yue-Hans", "en-Latn-US", "ru-Cyrl", "ja-Jpan", "ko-Kore", "ar-Arab-EG", "de-1996", "es-419",
  "es-419-u-nu-latn", "en-150", "fr-029", "pt-AO", "pt-MZ", "en-IN-u-nu-deva", "ur-IN", "ku", "ku-TR", "ku-Arab",
  "ku-Arab-IR", "vai", "vai-Latn", "shi", "shi-Latn", "shi-Tfng", "bm-Nkoo", "ha-Arab", "dje", "tzm", "zgh", "bs-Cyrl",
  "be-tarask", "el-polyton", "en-Dsrt", "en-Shaw", "en-Shaw-GB", "mn-Mong", "mn-Mong-MN", "zh-Latn", "kk-AF", "ky-TR",
  "de-ES", "nb-SJ", "sr-Latn-DE", "zh-Hant-DE", "zh-DE",
  // CLDR 48 language aliases newer than x/text's data
  "kmr", "cmn", "cmn-TW", "cmn-Hant-HK", "arb", "arb-EG", "mo", "mo-MD", "cnr", "cnr-XK", "drw", "prs", "swh", "zsm",
  "pes", "npi", "ory", "ekk", "lvs", "uzn", "khk", "gom", "twi", "cls", "scc", "scr", "azj", "als", "fuc", "ydd");

// Minor-unit amounts: small, round, grouping edges and the int64 extremes.
const amounts = [0n, 1n, 5n, 7n, 99n, 100n, 700n, 1000n, 1234n, 4999n, 10000n, 12345n, 99999n, 123456n,
  1000000n, 1234567n, 12345678n, 123456789n, 1234567890123n, 9223372036854775807n,
  -1n, -5n, -700n, -1234n, -123456n, -1234567n, -123456789012n, -9223372036854775808n];
const displays = ["symbol", "narrowSymbol", "code"];
const names = { symbol: "symbol", narrowSymbol: "narrow", code: "code" };
const core = ["USD", "EUR", "GBP", "JPY", "CHF", "INR", "CNY", "KWD", "IQD", "BHD", "CLF", "XOF", "XAF",
  "SEK", "NOK", "PLN", "BRL", "MXN", "RUB", "EGP", "SAR", "ILS", "IRR", "THB", "KRW", "ISK", "CAD", "AUD",
  "HKD", "TWD", "XCG", "ZWG", "VES", "UYW", "CVE", "PTE" /* not current: skipped below */];

function decimal(minor, d) {
  const neg = minor < 0n;
  let s = (neg ? -minor : minor).toString();
  if (d > 0) {
    s = s.padStart(d + 1, "0");
    s = s.slice(0, s.length - d) + "." + s.slice(s.length - d);
  }
  return (neg ? "-" : "") + s;
}

const formatters = new Map();
function formatter(tag, code, display, accounting) {
  const k = tag + "|" + code + "|" + display + "|" + accounting;
  let f = formatters.get(k);
  if (!f) {
    const d = digits.get(code);
    f = new Intl.NumberFormat(tag, {
      style: "currency", currency: code, currencyDisplay: display,
      currencySign: accounting ? "accounting" : "standard",
      minimumFractionDigits: d, maximumFractionDigits: d,
    });
    formatters.set(k, f);
  }
  return f;
}

const out = [];
let skipped = [];
let n = 0;
const tags = [...new Set([...cldrLocales.filter((l) => l !== "und"), ...extra])];
const wide = new Set(extra.slice(narrowFrom).filter((t) => !cldrLocales.includes(t) && !extra.slice(0, narrowFrom).includes(t)));
for (const tag of tags) {
  const want = Intl.getCanonicalLocales(tag)[0];
  const got = new Intl.NumberFormat(tag, { style: "currency", currency: "USD" }).resolvedOptions().locale;
  // Intl shortens a tag it has no data for ("az-Arab-IQ" to "az"); for a
  // language it has none for at all it takes its default locale (en-US),
  // where the package formats root: those cases are marked "default".
  const bare = want.replace(/-u-.*$/, "");
  const short = got.replace(/-u-.*$/, "");
  const fallback = bare !== short && !(bare + "-").startsWith(short + "-") ? "default" : "";
  if (fallback) skipped.push(tag + "->" + got);
  // Every core currency, and a rotating third of the others.
  const these = codes.filter((c, i) => core.includes(c) || (i + n) % 3 === 0);
  for (const code of these) {
    if (!digits.has(code)) continue;
    for (let k = 0; k < (wide.has(tag) ? 1 : 2); k++) {
      n++;
      const minor = amounts[(n * 7 + k * 13) % amounts.length];
      const display = displays[(n + k) % displays.length];
      const accounting = (n + 2 * k) % 4 === 0;
      const text = formatter(tag, code, display, accounting).format(decimal(minor, digits.get(code)));
      out.push([tag, code, minor.toString(), names[display], accounting ? "1" : "0", JSON.stringify(text), fallback].join("\t"));
    }
  }
}
const header = `# Intl.NumberFormat, Node ${process.versions.node}, ICU ${process.versions.icu}, CLDR ${process.versions.cldr}; written by golden.js\n`;
fs.writeFileSync(path.join(here, "golden.tsv.gz"), zlib.gzipSync(header + out.join("\n") + "\n", { level: 9 }));
process.stderr.write(`${out.length} cases, ${tags.length} tags; Intl's default locale for: ${skipped.join(" ")}\n`);
