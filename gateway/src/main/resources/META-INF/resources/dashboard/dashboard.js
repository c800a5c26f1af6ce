// The Department's dashboard: the year's indicators against the plan, monthly charts (this year
// against last year), turnover by gate and by flow, live updates from /api/v1/province/events.
(function () {
  const I = TradeHubI18n;
  const API = '/api/v1/province';
  const ORDER = ['IIP', 'OUTPUT_VALUE', 'RETAIL_SALES', 'BORDER_TURNOVER', 'EXPORT_TURNOVER', 'ELECTRIFICATION'];
  const COLORS = { current: '#c62828', previous: '#90a4ae', estimated: '#ef9a9a' };
  const charts = {};
  let data = { indicators: null, series: null };
  let year = null;
  let view = '';
  let gateNames = {};
  let reloadTimer = null;

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'class') e.className = v; else if (k.includes('-') || k === 'role' || k === 'title') e.setAttribute(k, v); else e[k] = v;
    });
    children.flat().forEach(c => { if (c !== null && c !== undefined) e.append(c.nodeType ? c : document.createTextNode(String(c))); });
    return e;
  }

  async function getJson(path) {
    const res = await fetch(path, { headers: TradeHubAuth.headers(), cache: 'no-store' });
    if (res.status === 401) { const err = new Error('unauthorized'); err.status = 401; throw err; }
    if (!res.ok) throw new Error(I.t('failed') + ' (HTTP ' + res.status + ')');
    return res.json();
  }

  function message(text) {
    const m = document.getElementById('message');
    m.hidden = !text;
    m.textContent = text || '';
  }

  async function load() {
    try {
      const territory = view ? '&territory=' + encodeURIComponent(view) : '';
      const [indicators, series] = await Promise.all([
        getJson(`${API}/indicators?year=${year}${territory}`), getJson(`${API}/series?year=${year}${territory}`)]);
      data = { indicators, series };
      message('');
      render();
      return indicators;
    } catch (e) {
      message(e.status === 401 ? I.t('unauthorized') : e.message);
      return null;
    }
  }

  function unit(u) { return (I.t('units') || {})[u] || u; }
  function digits(code) { return code === 'OUTPUT_VALUE' || code === 'RETAIL_SALES' ? 1 : 2; }
  function signed(v, digitsN) { return v === null || v === undefined ? '—' : (v > 0 ? '+' : '') + I.number(v, digitsN); }

  function card(ind) {
    const estimated = ind.status === 'ESTIMATED';
    const name = I.lang === 'en' ? ind.nameEn : ind.nameVi;
    const c = el('article', { class: 'indicator' + (estimated ? ' is-estimated' : '') + (ind.value === null ? ' is-empty' : ''), 'data-code': ind.code, 'data-status': ind.status || '' });
    c.append(el('h3', {}, name));
    const shown = ind.code === 'IIP' ? ind.change : ind.value;
    const shownUnit = ind.code === 'IIP' ? '%' : unit(ind.unit);
    const valueLine = el('div', { class: 'value-line' },
      el('span', { class: 'value' }, ind.code === 'IIP' ? signed(shown, 2) : I.number(shown, digits(ind.code))),
      el('span', { class: 'unit' }, shown === null ? '' : ' ' + shownUnit));
    if (estimated) valueLine.append(el('span', { class: 'badge estimated', title: I.t('ESTIMATED') }, I.lang === 'en' ? 'EST' : 'ƯT'));
    else if (ind.status) valueLine.append(el('span', { class: 'badge ' + ind.status.toLowerCase() }, I.t(ind.status)));
    c.append(valueLine);
    if (ind.value === null) { c.append(el('p', { class: 'meta' }, I.t('noData'))); return c; }
    if (ind.code !== 'IIP' && ind.change !== null) {
      c.append(el('p', { class: 'change ' + (ind.change < 0 ? 'down' : 'up') }, (ind.change < 0 ? '▼ ' : '▲ ') + signed(ind.change, 2) + ' % ' + I.t('change')));
    } else if (ind.code === 'IIP') {
      c.append(el('p', { class: 'meta' }, 'IIP = ' + I.number(ind.value, 2) + ' (' + I.t('change') + ' = 100)'));
    }
    if (ind.target) {
      const t = ind.target;
      const growth = t.kind === 'GROWTH_PCT';
      const targetText = growth ? '+' + I.number(t.value, 1) + ' %' : I.number(t.value, 0) + ' ' + unit(t.unit);
      let width = 0;
      if (growth) width = ind.change === null || t.value <= 0 ? 0 : Math.max(0, Math.min(100, (ind.change / t.value) * 100));
      else width = Math.max(0, Math.min(100, ind.progress || 0));
      const reached = growth ? ind.progress >= 0 : ind.progress >= 100;
      c.append(el('div', { class: 'target' },
        el('div', { class: 'target-text' }, el('span', {}, I.t('target') + ': ' + targetText),
          el('span', { class: 'progress-value' }, growth ? signed(ind.progress, 2) + ' ' + I.t('pp') : I.number(ind.progress, 1) + ' % ' + I.t('ofTarget'))),
        el('div', { class: 'bar', role: 'progressbar', 'aria-valuenow': String(Math.round(width)), 'aria-valuemin': '0', 'aria-valuemax': '100' },
          el('div', { class: 'fill' + (reached ? ' reached' : '') + (estimated ? ' estimated' : '') }))));
      c.querySelector('.fill').style.width = width.toFixed(1) + '%';
    } else {
      c.append(el('p', { class: 'meta no-target' }, I.t('noTarget')));
    }
    if (ind.breakdown && ind.breakdown.length) {
      c.append(el('ul', { class: 'breakdown' }, ind.breakdown.map(f =>
        el('li', { 'data-flow': f.flow }, el('span', {}, (I.t('flows')[f.flow] || f.flow)), el('span', {}, I.number(f.value, 2) + ' (' + signed(f.change, 2) + ' %)')))));
    }
    const through = ind.period ? I.t('through') + ' ' + ind.period.slice(5) + '/' + ind.period.slice(0, 4) : '';
    c.append(el('p', { class: 'meta sources' }, through + (ind.sources ? ' · ' + ind.sources.join(', ') : '')));
    return c;
  }

  // "Tỉnh Tuyên Quang" → "Sở Công Thương tỉnh Tuyên Quang"; a view of a former area says so.
  function renderHeading() {
    const ind = data.indicators;
    if (!ind) return;
    const name = u => I.lang === 'en' ? u.nameEn : u.nameVi.replace(/^Tỉnh /, 'tỉnh ');
    let text = I.t('department') + ' ' + name(ind.department);
    if (ind.territory.code !== ind.department.code || ind.territory.validTo !== ind.department.validTo)
      text += ' · ' + I.t('formerArea') + ' ' + name(ind.territory);
    const dep = document.getElementById('department');
    dep.textContent = text;
    dep.dataset.territory = ind.territory.territory;
    const reform = document.getElementById('reform');
    const straddles = ind.reforms && ind.reforms.length;
    reform.hidden = !straddles;
    reform.dataset.reform = straddles ? ind.reforms[0] : '';
    reform.textContent = straddles ? I.t('reform').replace('{date}', ind.reforms[0].split('-').reverse().join('/')).replace('{year}', year) : '';
    document.getElementById('view-label').hidden = year < 2025;
  }

  function renderIndicators() {
    const box = document.getElementById('indicators');
    box.replaceChildren();
    const list = (data.indicators ? data.indicators.indicators : []).slice().sort((a, b) => ORDER.indexOf(a.code) - ORDER.indexOf(b.code));
    list.forEach(ind => box.append(card(ind)));
    document.getElementById('year-label').textContent = year;
    const asOf = data.indicators && data.indicators.asOf;
    document.getElementById('asof').textContent = asOf ? ' · ' + I.t('asOf') + ' ' + new Date(asOf).toLocaleString(I.lang === 'en' ? 'en-GB' : 'vi-VN') : '';
  }

  function chart(id) {
    const node = document.getElementById(id);
    if (!charts[id]) charts[id] = echarts.init(node, null, { renderer: 'canvas' });
    return charts[id];
  }

  function monthly(id, points, kind) {
    const months = points.map(p => I.t('month') + p.month);
    const current = points.map(p => p.current === null ? null : {
      value: Number(p.current),
      itemStyle: p.status === 'ESTIMATED' ? { color: COLORS.estimated, borderColor: COLORS.current, borderType: 'dashed', borderWidth: 1 } : undefined,
      status: p.status
    });
    const previous = points.map(p => p.previous === null ? null : Number(p.previous));
    const estimatedCount = points.filter(p => p.status === 'ESTIMATED').length;
    chart(id).setOption({
      color: [COLORS.current, COLORS.previous],
      tooltip: { trigger: 'axis', formatter: params => params.map(p => {
        const est = p.data && p.data.status === 'ESTIMATED' ? ' (' + I.t('estimatedSeries') + ')' : '';
        return p.marker + p.seriesName + ': ' + (p.value === undefined || p.value === null ? '—' : I.number(p.value, 2)) + est;
      }).join('<br>') },
      legend: { data: [String(year), String(year - 1)], bottom: 0 },
      grid: { left: 50, right: 16, top: 24, bottom: 48 },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', scale: kind === 'line' },
      graphic: estimatedCount ? [{ type: 'text', right: 12, top: 2, style: { text: '▨ ' + I.t('estimatedSeries'), fill: '#b71c1c', fontSize: 11 } }] : [],
      series: [
        { name: String(year), type: kind, data: current, connectNulls: true, barGap: '10%', symbolSize: 7, z: 3,
          // The month the administrative units changed: the series goes on for the same territory.
          markLine: reformLine() },
        { name: String(year - 1), type: kind, data: previous, connectNulls: true, lineStyle: { type: 'dashed' } }
      ]
    }, true);
    document.getElementById(id).dataset.rendered = 'true';
  }

  function reformLine() {
    const r = data.series && data.series.reforms && data.series.reforms[0];
    if (!r) return undefined;
    const month = Number(r.slice(5, 7));
    return { symbol: 'none', silent: true, lineStyle: { color: '#1565c0', type: 'dashed' },
      label: { formatter: r.split('-').reverse().join('/'), color: '#1565c0' },
      data: [{ xAxis: I.t('month') + month }] };
  }

  function gateName(code) {
    const g = gateNames[code];
    return g ? (I.lang === 'en' ? g.nameEn : g.nameVi) : code;
  }

  async function loadGates() {
    try {
      const page = await getJson('/api/v1/border-trade/gates?limit=1000');
      gateNames = Object.fromEntries(page.items.map(g => [g.code, g]));
    } catch (e) { gateNames = {}; /* codes are shown instead */ }
  }

  function renderCharts() {
    const s = data.series;
    if (!s) return;
    monthly('chart-iip', s.iip, 'line');
    monthly('chart-retail', s.retail, 'bar');
    monthly('chart-border', s.borderTurnover, 'bar');
    const gates = s.byGate.slice().reverse();
    chart('chart-gate').setOption({
      color: [COLORS.current],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 130, right: 40, top: 10, bottom: 24 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: gates.map(g => gateName(g.key)) },
      series: [{ type: 'bar', data: gates.map(g => Number(g.value)), label: { show: true, position: 'right', formatter: p => I.number(p.value, 1) } }]
    }, true);
    document.getElementById('chart-gate').dataset.rendered = 'true';
    chart('chart-flow').setOption({
      tooltip: { trigger: 'item', formatter: p => p.name + ': ' + I.number(p.value, 2) + ' (' + p.percent + ' %)' },
      legend: { bottom: 0, type: 'scroll' },
      series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'],
        data: s.byFlow.map(f => ({ name: I.t('flows')[f.key] || f.key, value: Number(f.value) })),
        label: { formatter: p => p.name + '\n' + I.number(p.value, 1) } }]
    }, true);
    document.getElementById('chart-flow').dataset.rendered = 'true';
  }

  function render() {
    renderHeading();
    renderIndicators();
    renderCharts();
  }

  function scheduleReload() {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(load, 800);
  }

  function hasFigures(ind) { return ind && ind.indicators.some(i => i.value !== null); }

  async function init() {
    I.apply();
    const params = new URLSearchParams(location.search);
    const now = new Date().getFullYear();
    const select = document.getElementById('year');
    year = Number(params.get('year')) || now;
    for (let y = Math.max(now, year); y >= Math.min(2015, year); y--) select.append(el('option', { value: String(y) }, String(y)));
    select.value = String(year);
    const viewSelect = document.getElementById('view');
    view = params.get('territory') || '';
    viewSelect.value = view;
    const remember = () => history.replaceState(null, '', '?year=' + year + (view ? '&territory=' + view : ''));
    select.addEventListener('change', () => { year = Number(select.value); if (year < 2025) { view = ''; viewSelect.value = ''; } remember(); load(); });
    viewSelect.addEventListener('change', () => { view = viewSelect.value; remember(); load(); });
    document.getElementById('lang').addEventListener('click', () => {
      I.toggle();
      document.getElementById('lang').textContent = I.lang === 'vi' ? 'EN' : 'VI';
      render();
    });
    document.getElementById('lang').textContent = I.lang === 'vi' ? 'EN' : 'VI';
    const key = document.getElementById('apikey');
    key.value = TradeHubAuth.get();
    document.getElementById('apikey-form').addEventListener('submit', e => { e.preventDefault(); TradeHubAuth.set(key.value); load(); });
    document.getElementById('apikey-clear').addEventListener('click', () => { key.value = ''; TradeHubAuth.set(''); load(); });
    window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));

    await loadGates();
    let first = await load();
    // No year asked for and nothing this year yet: show the latest of the last five years with figures.
    if (!params.get('year') && first && !hasFigures(first)) {
      for (let y = now - 1; y >= now - 5; y--) {
        year = y;
        first = await load();
        if (hasFigures(first)) break;
      }
      if (!hasFigures(first)) { year = now; await load(); }
      select.value = String(year);
    }

    TradeHubLive.connect(API + '/events', () => scheduleReload(), on => {
      const live = document.getElementById('live');
      live.className = 'live ' + (on ? 'on' : 'off');
      const text = document.getElementById('live-text');
      text.dataset.i18n = on ? 'liveOn' : 'liveOff';
      text.textContent = I.t(text.dataset.i18n);
    });
    document.body.dataset.ready = 'true';
  }

  init();
})();
