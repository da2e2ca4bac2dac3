// Vietnamese for what Decap's own `vi` locale leaves in English (decap-cms-locales
// 3.8.2 lacks 77 of its keys), and clearer wording for the messages an editor
// meets most: a field that does not match its rule, a save that failed.
"use strict";
(() => {
  const FILL = {
    auth: { loginWithAzure: "Đăng nhập bằng Azure", loginWithForgejo: "Đăng nhập bằng Forgejo" },
    collection: {
      // Decap's Vietnamese "＋ chiến dịch" uses a plus sign few office fonts have.
      collectionTop: { newButton: "Thêm %{collectionLabel}", viewAs: "Xem dạng", viewAsList: "Xem dạng danh sách", viewAsGrid: "Xem dạng lưới", groupBy: "Nhóm theo" },
      entries: { unpublishedHeader: "Mục chưa đăng" },
      groups: { other: "Khác", negateLabel: "Không phải %{label}" },
    },
    editor: {
      editorControl: { field: { widgetLabel: "Trường %{widgetLabel}" } },
      editorControlPane: {
        widget: { regexPattern: "%{fieldLabel}: %{pattern}." },
        i18n: {
          writingInLocale: "Đang viết bằng %{locale}",
          copyFromLocale: "Chép từ ngôn ngữ khác",
          copyFromLocaleConfirm: "Chép nội dung từ %{locale}?\nMọi nội dung đang có sẽ bị thay.",
        },
      },
      editorInterface: {
        toggleI18n: "Bật/tắt đa ngôn ngữ",
        togglePreview: "Bật/tắt xem trước",
        toggleScrollSync: "Cuộn đồng bộ",
        toggleNotes: "Bật/tắt ghi chú",
      },
      editorNotesPane: {
        title: "Ghi chú",
        emptyState: "Chưa có ghi chú. Thêm ghi chú đầu tiên ở dưới để trao đổi với người duyệt.",
        addNote: "Thêm ghi chú",
        addPlaceholder: "Viết ghi chú…",
        editPlaceholder: "Sửa ghi chú…",
        save: "Lưu",
        cancel: "Hủy",
        edit: "Sửa",
        delete: "Xóa",
        resolve: "Đã xong",
        unresolve: "Mở lại",
        confirmDelete: "Xóa ghi chú này?",
        shortcut: "Mẹo: bấm Ctrl+Enter để thêm nhanh",
      },
      editorToolbar: {
        status: "Trạng thái: %{status}", // Decap's own reads "Trạng: …"
        statusInfoTooltipDraft: "Mục đang là bản nháp. Khi viết xong, chuyển trạng thái sang “Đang xét duyệt” để gửi duyệt.",
        statusInfoTooltipInReview: "Mục đang chờ duyệt, không cần làm gì thêm. Vẫn có thể sửa tiếp trong lúc chờ.",
      },
      editorWidgets: {
        markdown: {
          bold: "Đậm", italic: "Nghiêng", strikethrough: "Gạch ngang", code: "Mã", link: "Liên kết",
          linkPrompt: "Nhập địa chỉ liên kết", headings: "Tiêu đề", quote: "Trích dẫn",
          bulletedList: "Danh sách gạch đầu dòng", numberedList: "Danh sách đánh số", addComponent: "Thêm thành phần",
          toggleMode: { rich: "Chuyển sang soạn thảo trực quan", markdown: "Chuyển sang Markdown" },
        },
        image: {
          chooseMultiple: "Chọn ảnh", chooseUrl: "Chèn từ địa chỉ", replaceUrl: "Thay bằng địa chỉ",
          promptUrl: "Nhập địa chỉ của ảnh", addMore: "Thêm ảnh", removeAll: "Bỏ mọi ảnh",
        },
        file: {
          chooseUrl: "Chèn từ địa chỉ", chooseMultiple: "Chọn tệp", replaceUrl: "Thay bằng địa chỉ",
          promptUrl: "Nhập địa chỉ của tệp", addMore: "Thêm tệp", removeAll: "Bỏ mọi tệp",
        },
        datetime: { setToNow: "Đặt %{fieldLabel} là hôm nay" },
        list: { add: "Thêm %{item}", addType: "Thêm %{item}" },
        object: { expand: "Mở rộng", collapse: "Thu gọn" },
      },
    },
    mediaLibrary: {
      mediaLibraryCard: { copy: "Chép", copyUrl: "Chép địa chỉ", copyPath: "Chép đường dẫn", copyName: "Chép tên", copied: "Đã chép" },
      mediaLibraryModal: { close: "Đóng" },
      mediaLibrary: {
        fileTooLarge: "Tệp quá lớn.\nMỗi tệp đính kèm tối đa %{size} kB: nén hoặc chia nhỏ tệp, hoặc đưa lên nơi khác rồi ghi liên kết.",
      },
    },
    ui: {
      settingsDropdown: { account: "Tài khoản" },
      toast: {
        onFailToPersist: "Chưa lưu: %{details}",
        noteAdded: "Đã thêm ghi chú",
        onFailToAddNote: "Không thêm được ghi chú: %{details}",
        noteUpdated: "Đã sửa ghi chú",
        onFailToUpdateNote: "Không sửa được ghi chú: %{details}",
        noteDeleted: "Đã xóa ghi chú",
        onFailToDeleteNote: "Không xóa được ghi chú: %{details}",
        noteResolved: "Ghi chú đã xong",
        noteReopened: "Đã mở lại ghi chú",
        onFailToToggleNote: "Không đổi được trạng thái ghi chú: %{details}",
      },
    },
  };

  function merged(base, fill) {
    const out = { ...base };
    for (const [key, value] of Object.entries(fill)) {
      out[key] = value && typeof value === "object" ? merged(base[key] || {}, value) : value;
    }
    return out;
  }

  const bienTap = (globalThis.BienTap = globalThis.BienTap || {});
  bienTap.localeFill = FILL;
  bienTap.mergedLocale = (base) => merged(base, FILL);
})();
