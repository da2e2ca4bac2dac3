// The preview's banner (make serve only, served by build/preview_server.py): when the last
// save left a file that make check refuses, the pages are not rebuilt, and every open page
// says so at its top, with each problem, instead of silently showing the old version.
// It asks the preview server every two seconds; the banner goes once the files are fixed.
"use strict";
(() => {
  const STATE = "/_preview/problems";
  let shown = "";

  function banner(problems) {
    const box = document.createElement("div");
    box.className = "cd-preview-problems";
    box.setAttribute("role", "alert");
    // Styled here, through the DOM: the page's policy allows no inline style sheet.
    Object.assign(box.style, {
      position: "sticky", top: "0", zIndex: "1000", padding: "0.8rem 1.2rem", background: "#fdecea",
      color: "#611a15", borderBottom: "3px solid #b71c1c", font: "0.85rem/1.4 sans-serif",
    });
    const title = document.createElement("strong");
    title.textContent = `Bản xem trước chưa cập nhật: ${problems.length} lỗi cần sửa trong các tệp. Trang dưới đây là bản trước đó.`;
    const list = document.createElement("ul");
    Object.assign(list.style, { margin: "0.4rem 0 0", paddingLeft: "1.2rem", maxHeight: "40vh", overflow: "auto" });
    for (const problem of problems) {
      const item = document.createElement("li");
      item.textContent = problem;
      list.append(item);
    }
    box.append(title, list);
    return box;
  }

  async function refresh() {
    try {
      const state = await (await fetch(STATE, { cache: "no-store" })).json();
      const key = JSON.stringify(state.problems);
      if (key !== shown) {
        document.querySelectorAll(".cd-preview-problems").forEach((old) => old.remove());
        if (state.problems.length) document.body.prepend(banner(state.problems));
        shown = key;
      }
    } catch {
      // the preview is stopping or restarting: nothing to say on the page
    }
  }

  refresh();
  setInterval(refresh, 2000);
})();
