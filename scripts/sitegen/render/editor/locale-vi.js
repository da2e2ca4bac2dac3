// Vietnamese for what Decap's own `vi` locale leaves in English (decap-cms-locales
// 3.8.2 lacks 77 of its keys), and clearer wording for the messages an editor
// meets most: a field that does not match its rule, a save that failed.
// Decap's Vietnamese calls saving "Công bố" (publish), which to a clerk means putting
// a page before the public; nothing the form does reaches the public before review.
// So its buttons say "Lưu" (save) and, with review on the git host, "Gửi duyệt";
// a draft is "bỏ" (discarded), a campaign "xóa" (deleted). docs/huong-dan/bien-tap.md
// uses the same words.
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
      editor: {
        onPublishingNotReady: "Chỉ mục đã được duyệt mới đưa lên trang được.",
        onPublishingWithUnsavedChanges: "Còn thay đổi chưa lưu: bấm “Lưu” trước.",
        onPublishing: "Đưa mục này lên trang?",
        onUnpublishing: "Gỡ mục này khỏi trang?",
        onDeleteWithUnsavedChanges: "Xóa hẳn mục này, cùng những thay đổi chưa lưu? Tệp của nó bị xóa khỏi thư mục đang mở; "
          + "trang công khai chỉ đổi khi thay đổi được duyệt.",
        onDeletePublishedEntry: "Xóa hẳn mục này? Tệp của nó bị xóa khỏi thư mục đang mở; trang công khai chỉ đổi khi thay đổi được duyệt.",
        onDeleteUnpublishedChangesWithUnsavedChanges: "Bỏ bản nháp này, cùng những thay đổi chưa lưu? Yêu cầu hợp nhất của nó được đóng; "
          + "bản đang có trên trang giữ nguyên.",
        onDeleteUnpublishedChanges: "Bỏ bản nháp này? Yêu cầu hợp nhất của nó được đóng; bản đang có trên trang giữ nguyên.",
      },
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
        // Without review (make serve, Gitea) the save button is a menu: "Lưu" → "Lưu ngay"…
        publish: "Lưu",
        publishing: "Đang lưu…",
        publishNow: "Lưu ngay",
        publishAndCreateNew: "Lưu rồi thêm mục mới",
        publishAndDuplicate: "Lưu rồi sao chép",
        published: "Đã lưu",
        unpublish: "Gỡ khỏi trang",
        unpublishing: "Đang gỡ…",
        deleteEntry: "Xóa mục này",
        deletePublishedEntry: "Xóa mục này",
        deleteUnpublishedEntry: "Bỏ bản nháp này",
        deleteUnpublishedChanges: "Bỏ bản nháp này",
        deleting: "Đang xóa…",
        // With review (GitHub, GitLab, Forgejo): "Lưu", then the state of the pull request.
        status: "Trạng thái: %{status}", // Decap's own reads "Trạng: …"
        draft: "Bản nháp",
        inReview: "Gửi duyệt",
        ready: "Đã duyệt",
        statusInfoTooltipDraft: "Mục đang là bản nháp, người duyệt chưa xem. Khi viết xong, chọn “Gửi duyệt” ở nút Trạng thái.",
        statusInfoTooltipInReview: "Đã gửi duyệt: người duyệt xem yêu cầu hợp nhất trên máy chủ git. Vẫn có thể sửa tiếp và lưu trong lúc chờ.",
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
        onFailToDelete: "Chưa xóa được: %{details}",
        entryPublished: "Mục đã được đưa lên trang",
        entryUnpublished: "Mục đã được gỡ khỏi trang",
        onFailToPublishEntry: "Chưa đưa lên trang được: %{details}",
        onFailToUnpublishEntry: "Chưa gỡ được mục: %{details}",
        onDeleteUnpublishedChanges: "Đã bỏ bản nháp",
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
    workflow: {
      workflow: {
        description: "%{smart_count} bài đã gửi duyệt, %{readyCount} bài đã duyệt. |||| %{smart_count} bài đã gửi duyệt, %{readyCount} bài đã duyệt.",
      },
      workflowCard: { deleteChanges: "Bỏ thay đổi", deleteNewEntry: "Bỏ bài mới", publishChanges: "Đưa thay đổi lên trang", publishNewEntry: "Đưa bài mới lên trang" },
      workflowList: {
        onDeleteEntry: "Bỏ bản nháp này?",
        onPublishingNotReadyEntry: "Chỉ bài đã duyệt mới đưa lên trang được: kéo thẻ vào cột “Đã duyệt” trước.",
        onPublishEntry: "Đưa bài này lên trang?",
        draftHeader: "Bản nháp",
        inReviewHeader: "Đã gửi duyệt",
        readyHeader: "Đã duyệt",
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
