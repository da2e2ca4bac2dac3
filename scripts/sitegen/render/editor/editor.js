// The form editor's start (/bien-tap/). Loaded before Decap: it holds Decap's
// automatic start, then, once every script is read, registers the Vietnamese
// strings (locale-vi.js), the date box (date-widget.js), the checks across
// fields (checks.js) and the preview (preview.js), and starts Decap with config.yml.
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
        // Decap shows a failed save as a notice, with this text, and writes nothing.
        const refused = new Error(problems.join(" "));
        refused.name = ""; // the notice shows the text alone, not "Error: …"
        throw refused;
      }
      return bienTap.emptyFixes(entry.get("collection"), entry.get("slug"), data).reduce(
        (fixed, [path, value]) => (value === undefined ? fixed.deleteIn(path) : fixed.setIn(path, value)),
        entry.get("data"));
    },
  });
  bienTap.registerDateWidget(CMS);
  bienTap.registerPreview(CMS, await bienTap.siteStyles());
  CMS.init();
});
