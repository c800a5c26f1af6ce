// Texts of the dashboard: Vietnamese by default, English on request (remembered in localStorage).
window.TradeHubI18n = (function () {
  const TEXTS = {
    vi: {
      title: 'Chỉ tiêu kinh tế ngành Công Thương',
      subtitle: 'số liệu lũy kế từ đầu năm',
      department: 'Sở Công Thương', view: 'Địa bàn', viewProvince: 'Toàn tỉnh',
      viewFormerHaGiang: 'Khu vực tỉnh Hà Giang cũ', formerArea: 'khu vực',
      reform: 'Từ ngày {date}, tỉnh Hà Giang và tỉnh Tuyên Quang hợp nhất thành tỉnh Tuyên Quang, không còn cấp huyện. Số liệu năm {year} so với cùng kỳ trên cùng một địa bàn.',
      demo: 'Số liệu minh họa (sau năm 2021 không phải số liệu công bố).',
      year: 'Năm', apiKey: 'Khóa API', save: 'Lưu', clear: 'Xóa',
      liveOn: 'Trực tiếp', liveOff: 'Ngoại tuyến', liveTitle: 'Cập nhật trực tiếp từ luồng sự kiện',
      indicatorsTitle: 'Chỉ tiêu chủ yếu so với kế hoạch năm',
      estimatedNote: 'Số liệu ước tính, sẽ được điều chỉnh khi có số liệu chính thức.',
      asOf: 'Cập nhật đến', through: 'Lũy kế đến tháng', change: 'so với cùng kỳ',
      target: 'Kế hoạch', progress: 'Đạt', noTarget: 'Chưa có kế hoạch', noData: 'Chưa có số liệu',
      pp: 'điểm %', ofTarget: 'kế hoạch',
      ESTIMATED: 'Ước tính', PRELIMINARY: 'Sơ bộ', FINAL: 'Chính thức',
      chartIip: 'IIP theo tháng (cùng kỳ năm trước = 100)',
      chartRetail: 'Tổng mức bán lẻ và doanh thu dịch vụ theo tháng (tỷ đồng)',
      chartBorder: 'Kim ngạch XNK qua cửa khẩu theo tháng (triệu USD)',
      chartGate: 'Kim ngạch theo cửa khẩu (triệu USD)',
      chartFlow: 'Kim ngạch theo loại hình (triệu USD)',
      month: 'Th', estimatedSeries: 'ước tính',
      unauthorized: 'Máy chủ yêu cầu xác thực: dán khóa API (giá trị tiêu đề Authorization) vào mục “Khóa API”.',
      failed: 'Không tải được số liệu', footer: 'Nguồn: dịch vụ công nghiệp, thương mại và xuất nhập khẩu biên giới của TradeHub.',
      flows: { EXPORT: 'Xuất khẩu', IMPORT: 'Nhập khẩu', BORDER_GATE_TRANSFER: 'Chuyển cửa khẩu', TRANSIT: 'Quá cảnh', TEMPORARY_IMPORT_REEXPORT: 'Tạm nhập tái xuất' },
      units: { 'billion VND': 'tỷ đồng', 'million USD': 'triệu USD', index: 'chỉ số', '%': '%' }
    },
    en: {
      title: 'Industry and Trade key indicators',
      subtitle: 'year to date',
      department: 'Department of Industry and Trade of', view: 'Territory', viewProvince: 'Whole province',
      viewFormerHaGiang: 'Former Hà Giang province area', formerArea: 'area of',
      reform: 'From {date} Hà Giang and Tuyên Quang are one province, Tuyên Quang, without districts. The year {year} is compared with the year before for the same territory.',
      demo: 'Demonstration figures (after 2021 they are not published figures).',
      year: 'Year', apiKey: 'API key', save: 'Save', clear: 'Clear',
      liveOn: 'Live', liveOff: 'Offline', liveTitle: 'Live updates from the event stream',
      indicatorsTitle: 'Key indicators against the year\u2019s plan',
      estimatedNote: 'Estimated figures, revised when final figures arrive.',
      asOf: 'As of', through: 'Year to date through', change: 'year on year',
      target: 'Plan', progress: 'Achieved', noTarget: 'No target', noData: 'No figures yet',
      pp: 'pp', ofTarget: 'of plan',
      ESTIMATED: 'Estimated', PRELIMINARY: 'Preliminary', FINAL: 'Final',
      chartIip: 'Monthly IIP (same month a year earlier = 100)',
      chartRetail: 'Monthly retail sales and services (billion VND)',
      chartBorder: 'Monthly border-gate import-export turnover (million USD)',
      chartGate: 'Turnover by border gate (million USD)',
      chartFlow: 'Turnover by flow (million USD)',
      month: 'M', estimatedSeries: 'estimated',
      unauthorized: 'The server requires an identity: paste an API key (the Authorization header value) under \u201cAPI key\u201d.',
      failed: 'Could not load the figures', footer: 'Sources: the TradeHub industry, commerce and border-trade services.',
      flows: { EXPORT: 'Export', IMPORT: 'Import', BORDER_GATE_TRANSFER: 'Border-gate transfer', TRANSIT: 'Transit', TEMPORARY_IMPORT_REEXPORT: 'Temporary import for re-export' },
      units: { 'billion VND': 'billion VND', 'million USD': 'million USD', index: 'index', '%': '%' }
    }
  };
  let lang = 'vi';
  try { lang = localStorage.getItem('tradehub.lang') === 'en' ? 'en' : 'vi'; } catch (e) { /* default */ }
  const params = new URLSearchParams(location.search);
  if (params.get('lang') === 'en' || params.get('lang') === 'vi') lang = params.get('lang');

  function t(key) { return TEXTS[lang][key] !== undefined ? TEXTS[lang][key] : key; }
  function apply() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
    document.querySelectorAll('[data-i18n-title]').forEach(el => { el.title = t(el.dataset.i18nTitle); });
  }
  function toggle() {
    lang = lang === 'vi' ? 'en' : 'vi';
    try { localStorage.setItem('tradehub.lang', lang); } catch (e) { /* not remembered */ }
    apply();
  }
  function number(v, digits) {
    if (v === null || v === undefined) return '—';
    return Number(v).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }
  return { t, apply, toggle, number, get lang() { return lang; } };
})();
