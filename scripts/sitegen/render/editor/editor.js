// The form editor's start (/bien-tap/). Loaded before Decap: it holds Decap's
// automatic start, then, once every script is read, registers the Vietnamese
// strings (locale-vi.js), the date box (date-widget.js), the checks across
// fields (checks.js: shown at their fields, and run again here before each save)
// and the preview (preview.js), and starts Decap with config.yml.
"use strict";
window.CMS_MANUAL_INIT = true;
window.BienTap = window.BienTap || {};

document.addEventListener("DOMContentLoaded", async () => {
  const CMS = window.CMS;
  const bienTap = window.BienTap;
  // Vietnamese whatever the browser's language: config.yml says `locale: vi`,
  // and our strings fill what Decap's own Vietnamese leaves in English.
  CMS.registerLocale("vi", bienTap.mergedLocale(CMS.getLocale("vi") || {}));
  CMS.registerEventListener({
    name: "preSave",
    handler: ({ entry }) => {
      const data = entry.get("data").toJS();
      const problems = bienTap.problems(entry.get("collection"), entry.get("slug"), data);
      if (problems.length) {
        // The fields show these when the form is saved, and Decap stops there; a problem that
        // reaches this point belongs to no field on the page. Decap shows a failed save as a
        // notice, with this text, and writes nothing.
        const refused = new Error(problems.join(" "));
        refused.name = ""; // the notice shows the text alone, not "Error: …"
        throw refused;
      }
      const [collection, slug] = [entry.get("collection"), entry.get("slug")];
      const emptied = bienTap.emptyFixes(collection, slug, data).reduce(
        (fixed, [path, value]) => (value === undefined ? fixed.deleteIn(path) : fixed.setIn(path, value)),
        entry.get("data"));
      // sortBy gives an ordered map, which keeps the schema's order when Decap writes the file.
      const rank = (keys) => (value, key) => (keys.includes(key) ? keys.indexOf(key) : keys.length);
      return bienTap.keyOrders(collection, slug, data).reduce(
        (ordered, [path, keys]) => (path.length ? ordered.updateIn(path, (record) => record && record.sortBy(rank(keys)))
          : ordered.sortBy(rank(keys))),
        emptied);
    },
  });
  bienTap.registerDateWidget(CMS);
  bienTap.registerCheckedText(CMS);
  bienTap.registerReviewWidget(CMS);
  bienTap.registerPickers(CMS);
  bienTap.registerPreview(CMS, await bienTap.siteStyles());
  bienTap.fillHandedDrafts(CMS); // after every widget is registered: it wraps them all
  CMS.init(localSession());
  showImportLink();
  reviewIsNotOptional();
});

// “Nhập văn bản đến” on the lists of entries (not over a form being filled), outside Decap's own page.
function showImportLink() {
  const link = document.createElement("a");
  link.href = "nhap/";
  link.id = "nhap-van-ban";
  link.textContent = "Nhập văn bản đến";
  link.style.cssText = "position:fixed;right:1rem;bottom:1rem;z-index:300;padding:.6rem 1rem;border-radius:2rem;"
    + "background:#3a69c7;color:#fff;font:600 15px/1.3 system-ui,sans-serif;text-decoration:none;"
    + "box-shadow:0 2px 6px rgba(0,0,0,.3)";
  const place = () => {
    link.hidden = !/^#\/collections\/[^/]+\/?$/.test(location.hash);
  };
  window.addEventListener("hashchange", place);
  place();
  document.body.append(link);
}

function reviewIsNotOptional() {
  // The review list is kept empty when all is checked, so Decap calls it optional; yet nothing can be
  // approved while it has an item: its “(không bắt buộc)” would say the opposite of the panel.
  const style = document.createElement("style");
  style.textContent = 'label[for^="review-field-"] > span { display: none; }';
  document.head.append(style);
}

// Under `make serve`, the preview server gives this page, and no other, a token
// for its saves; the form sends it with each one (build/preview_server.py).
// Same origin as the page, whichever name (127.0.0.1 or localhost) it was opened by.
function localSession() {
  const session = document.querySelector('meta[name="bien-tap-phien"]');
  if (!session?.content) return {};
  const api = new URL(session.dataset.api, location.origin);
  api.searchParams.set("token", session.content);
  return { config: { backend: { proxy_url: api.href } } };
}
