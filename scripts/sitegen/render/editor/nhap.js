// “Nhập văn bản đến” (/bien-tap/nhap/): make import's own Python code, run by
// Pyodide in this browser, reads the chosen file against the published registries
// (so-dang-ky.json) and returns each file it would write, text and data. Each one
// is handed to the form as a draft: left in localStorage, then the form's new-entry
// page is opened, which fills its fields from it (handed-draft.js). The clerk checks
// the marks and saves: the entry goes to the git host like any other.
import { loadPyodide } from "./pyodide/pyodide.mjs";

const ROOT = "/du-an"; // the project as the import sees it: the registries and the campaign file names
const INBOX = "/van-ban-den";
const status = document.getElementById("trang-thai");
const picker = document.getElementById("tep");
const WHAT = { campaigns: "Chiến dịch (bản nháp)", documents: "Văn bản mới cho sổ", organizations: "Cơ quan ban hành mới" };

function say(text, problem = false) {
  status.textContent = text;
  status.classList.toggle("problem", problem);
}

function today() {
  const now = new Date(); // the clerk's own day, as make import takes the machine's
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, "0")).join("-");
}

function writeTree(FS, path, content) {
  FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
  FS.writeFile(path, content);
}

async function fetched(name) {
  const response = await fetch(name);
  if (!response.ok) throw new Error(`${name}: ${response.status}`);
  return response;
}

async function start() {
  const [pyodide, code, snapshot] = await Promise.all([
    loadPyodide({ indexURL: new URL("pyodide/", import.meta.url).href, fullStdLib: false }),
    fetched("sitegen.zip").then((response) => response.arrayBuffer()),
    fetched("so-dang-ky.json").then((response) => response.json()),
  ]);
  pyodide.unpackArchive(code, "zip", { extractDir: "/thu-vien" });
  pyodide.runPython("import sys; sys.path.insert(0, '/thu-vien')");
  for (const [path, text] of Object.entries(snapshot.records)) writeTree(pyodide.FS, `${ROOT}/${path}`, text);
  for (const path of snapshot.campaigns) writeTree(pyodide.FS, `${ROOT}/${path}`, "");
  pyodide.FS.mkdirTree(INBOX);
  return { pyodide, importForForm: pyodide.pyimport("sitegen.importer.in_form").import_for_form };
}

function openInForm(entry, item) {
  // The form's new-entry page takes the draft from here as it opens (handed-draft.js).
  const handed = { collection: entry.collection, data: entry.data, until: Date.now() + 60000 };
  localStorage.setItem("bien-tap.nhap", JSON.stringify(handed));
  window.open(`../#/collections/${entry.collection}/new`, "_blank");
  item.classList.add("opened");
  item.querySelector("button").textContent = "Mở lại";
  const told = item.querySelector(".opened-note") || item.appendChild(document.createElement("span"));
  told.className = "opened-note what";
  told.textContent = "Đã mở ở thẻ bên cạnh: kiểm tra và lưu ở đó. Chỉ mở lại khi thẻ đó đã đóng mà chưa lưu; "
    + "mở lại mục đã lưu sẽ thành một bản trùng.";
}

function show(result) {
  const list = document.getElementById("muc");
  list.replaceChildren();
  for (const entry of result.entries) {
    const item = document.createElement("li");
    const what = document.createElement("span");
    what.className = "what";
    what.textContent = `${WHAT[entry.collection] || entry.collection} · ${entry.marks} chỗ cần kiểm tra`;
    const label = document.createElement("strong");
    label.textContent = entry.label;
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = "Mở trong biểu mẫu";
    button.addEventListener("click", () => openInForm(entry, item));
    item.append(what, label, document.createElement("br"), button);
    list.append(item);
  }
  document.getElementById("da-doc").textContent = result.findings.join("\n");
  document.getElementById("ket-qua").hidden = false;
}

async function main() {
  let reader;
  try {
    reader = await start();
  } catch (error) {
    console.error(error);
    say("Không nạp được bộ đọc văn bản: tải lại trang; nếu vẫn vậy, trình duyệt này quá cũ (cần Chrome, Edge, "
      + "Firefox hoặc Safari của vài năm gần đây) hoặc trang chưa được đăng đủ, xin báo người quản trị.", true);
    return;
  }
  picker.disabled = false;
  say("Sẵn sàng: chọn tệp văn bản đến.");
  picker.addEventListener("change", async () => {
    const file = picker.files[0];
    if (!file) return;
    document.getElementById("ten-tep").textContent = file.name;
    document.getElementById("ket-qua").hidden = true;
    say(`Đang đọc ${file.name}…`);
    const { FS } = reader.pyodide;
    const name = file.name.replace(/[/\\\0]/g, "-") || "van-ban";
    for (const old of FS.readdir(INBOX)) if (old !== "." && old !== "..") FS.unlink(`${INBOX}/${old}`);
    writeTree(FS, `${INBOX}/${name}`, new Uint8Array(await file.arrayBuffer()));
    const result = JSON.parse(reader.importForForm(ROOT, `${INBOX}/${name}`, today()));
    if (result.problem) {
      say(result.problem, true);
      return;
    }
    const records = result.entries.length - 1;
    say(`Đã đọc ${file.name}: ${records ? `${records} mục mới cho sổ và ` : ""}một chiến dịch nháp. Mở từng mục bên dưới.`);
    show(result);
  });
}

main();
