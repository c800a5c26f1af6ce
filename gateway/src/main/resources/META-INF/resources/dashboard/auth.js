// The identity the dashboard sends: an Authorization header value the user pastes (e.g.
// "ApiKey …" or "Bearer …"), kept in this browser's localStorage. Without one the page calls the
// API anonymously, which works only where the server allows it. Kept apart on purpose: when the
// gateway gets a sign-in, only this file changes.
window.TradeHubAuth = (function () {
  const KEY = 'tradehub.authorization';
  function get() {
    try { return localStorage.getItem(KEY) || ''; } catch (e) { return ''; }
  }
  function set(value) {
    try {
      if (value) localStorage.setItem(KEY, value.trim()); else localStorage.removeItem(KEY);
    } catch (e) { /* storage disabled: the key lives for this page only */ }
  }
  // A link may carry the value in its fragment (#authorization=ApiKey%20...): the fragment never
  // reaches a server; it is stored here and removed from the address bar.
  (function fromFragment() {
    const m = /(?:^#|&)authorization=([^&]+)/.exec(window.location.hash || '');
    if (m) {
      set(decodeURIComponent(m[1]));
      try { history.replaceState(null, '', window.location.pathname + window.location.search); } catch (e) { /* ignore */ }
    }
  })();
  function headers(extra) {
    const h = Object.assign({ Accept: 'application/json' }, extra || {});
    const v = get();
    if (v) h.Authorization = v;
    return h;
  }
  return { get, set, headers };
})();
