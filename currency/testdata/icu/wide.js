// wide.js writes a wider grid than golden.js, for measuring rather than for
// go test: every CLDR 48 locale (cldr-numbers.json), each of 84 languages in
// six other regions and with two -u-nu- numbering systems, and tags Intl
// rewrites, each with 78 common currencies (those current) and a rotating quarter of the
// others. Lines as in golden.tsv.gz, the seventh field being the locale Intl
// resolved. Measure with (Node 20, ICU 78.2):
//
//	node currency/testdata/icu/wide.js /tmp/wide.tsv.gz
//	ICU_WIDE=/tmp/wide.tsv.gz go test -run TestICUWide -v ./currency
"use strict";
const fs = require("fs"), path = require("path"), zlib = require("zlib");
const repo = path.join(__dirname, "../..");
const csv = fs.readFileSync(path.join(repo, "internal/gen/data/codes-all.csv"), "utf8");
const digits = new Map();
for (const line of csv.trim().split("\n").slice(1)) {
  const f = line.split(",");
  const [code, , minor, withdrawn] = f.slice(-4);
  if (withdrawn === "" && /^[0-9]$/.test(minor)) digits.set(code, Number(minor));
}
const codes = [...digits.keys()].sort();
const avail = JSON.parse(fs.readFileSync(path.join(repo, "internal/gen/data/cldr-numbers.json"), "utf8")).locales.map((l) => l.id);
const common = "en de fr es it pt nl sv da fi nb ru pl cs tr ar he fa hi bn ta ja ko zh th vi id ms sw am ur ps uz sr bs hr sl sk hu ro bg el uk be ka hy az kk ky mn my km lo ne si mr gu pa ml kn te or as ga cy is mt lb eu ca gl af zu xh yo ig ha so et lt lv sq mk fil".split(" ");
const regions = "US GB DE FR CH AT IN EG SA AE MA PK BD IR AF CN TW HK SG JP BR MX AR ES IT NL BE CA AU ZA NG KE RU UA TR IQ DZ LB MY ID PH NO SE DK FI PL IL".split(" ");
const systems = ["arab", "arabext", "deva", "beng", "thai", "latn", "tamldec", "mymr", "khmr", "laoo", "fullwide", "hanidec", "native", "guru", "gujr", "telu", "mlym", "knda", "orya", "tibt"];
const tags = new Set(avail.filter(l => l !== "und"));
common.forEach((l, i) => {
  for (let k = 0; k < 6; k++) tags.add(l + "-" + regions[(i * 11 + k * 7) % regions.length]);
  tags.add(l + "-u-nu-" + systems[i % systems.length]);
  tags.add(l + "-" + regions[(i * 3) % regions.length] + "-u-nu-" + systems[(i + 5) % systems.length]);
});
["iw","iw-IL","in","ji","jw","mo","tl","sh","no","no-NO","nb-NO","nn-NO","zh-TW","zh-HK","zh-MO","zh-SG","zh-CN","zh-Hant","zh-Hans-HK","zh-Hant-CN",
 "sr-Latn","sr-Latn-RS","sr-Cyrl-BA","sr-ME","sr-XK","pa-Arab","pa-PK","pa-Arab-PK","az-Cyrl","az-Cyrl-AZ","az-Arab","az-IR","uz-Arab","uz-AF","uz-Cyrl","uz-Cyrl-UZ",
 "ms-Arab","ms-Arab-BN","ms-Arab-MY","ks","ks-IN","ks-Deva","ks-Arab","sd","sd-PK","sd-Deva","sd-IN","mni","mni-Beng","mni-Mtei","sat","sat-Olck","sat-Deva",
 "ff-Adlm","ff-Adlm-GN","ff-Latn","ff-Latn-SN","ca-ES-valencia","en-US-u-nu-arab","ar-u-nu-latn","th-u-nu-thai","hi-u-nu-deva","hi-IN-u-nu-latn","ar-EG-u-nu-latn",
 "ar-SA-u-nu-arab","fa-u-nu-latn","bn-u-nu-latn","mr-u-nu-latn","ne-u-nu-latn","my-u-nu-latn","en-u-nu-fullwide","zh-u-nu-hanidec","ja-u-nu-jpan","ar-u-nu-native",
 "en-GB-u-cu-eur","de-DE-u-cu-usd","en-u-cu-jpy","EN-us","zh-yue","yue-CN","yue-Hans","en-Latn-US","ru-Cyrl","ja-Jpan","ko-Kore","ar-Arab-EG","hy-arevmda","de-1996",
 "es-419","es-419-u-nu-latn","en-150","en-001","fr-029","pt-AO","pt-MZ","en-IN-u-nu-deva","ta-u-nu-tamldec","ur-IN","ur-u-nu-arabext","ckb-IR","ckb-u-nu-latn","ps-u-nu-latn",
 "ku","ku-TR","ku-Arab","kmr","sdh","bal","bal-Latn","vai","vai-Latn","shi","shi-Latn","shi-Tfng","bm-Nkoo","ha-Arab","dje","tzm","zgh","bs-Cyrl","be-tarask","tlh","x-klingon"
].forEach(t => tags.add(t));
const amounts = [0n, 1n, 7n, 99n, 700n, 1234n, 4999n, 123456n, 1234567n, 123456789n, 1234567890123n, 9223372036854775807n,
  -1n, -5n, -1234n, -123456n, -123456789012n, -9223372036854775808n];
const displays = ["symbol", "narrowSymbol", "code"];
const names = { symbol: "symbol", narrowSymbol: "narrow", code: "code" };
function decimal(minor, d) {
  const neg = minor < 0n;
  let s = (neg ? -minor : minor).toString();
  if (d > 0) { s = s.padStart(d + 1, "0"); s = s.slice(0, s.length - d) + "." + s.slice(s.length - d); }
  return (neg ? "-" : "") + s;
}
const out = [];
let n = 0;
const core = "USD EUR GBP JPY CHF INR CNY KWD IQD BHD CLF XOF XAF SEK NOK DKK PLN BRL MXN RUB EGP SAR AED ILS IRR THB KRW ISK CAD AUD HKD TWD XCG ZWG VES UYW CVE TRY UAH CZK HUF RON BGN NZD SGD ZAR NGN KES PKR BDT IDR MYR PHP VND ARS CLP COP PEN MAD DZD TND QAR OMR JOD LBP AFN AZN KZT GEL AMD MMK KHR LAK LKR NPR ETB TZS UGX".split(" ").filter(c => digits.has(c));
for (const tag of tags) {
  let resolved;
  try { resolved = new Intl.NumberFormat(tag, { style: "currency", currency: "USD" }).resolvedOptions().locale; } catch (e) { continue; }
  const these = codes.filter((c, i) => core.includes(c) || (i + n) % 4 === 0);
  for (const code of these) {
    n++;
    const d = digits.get(code);
    const minor = amounts[(n * 7) % amounts.length];
    const display = displays[n % 3];
    const accounting = n % 4 === 0;
    const f = new Intl.NumberFormat(tag, { style: "currency", currency: code, currencyDisplay: display,
      currencySign: accounting ? "accounting" : "standard", minimumFractionDigits: d, maximumFractionDigits: d });
    out.push([tag, code, minor.toString(), names[display], accounting ? "1" : "0", JSON.stringify(f.format(decimal(minor, d))), resolved].join("\t"));
  }
}
fs.writeFileSync(process.argv[2], zlib.gzipSync(out.join("\n") + "\n"));
process.stderr.write(`${out.length} cases, ${tags.size} tags\n`);
