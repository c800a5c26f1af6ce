// Reads the gateway's Server-Sent Events stream with fetch (EventSource cannot send an
// Authorization header), remembers the last event id and resumes from it after a drop.
window.TradeHubLive = (function () {
  function connect(url, onEvent, onState) {
    let lastId = null;
    let stopped = false;
    let controller = null;
    async function run() {
      while (!stopped) {
        controller = new AbortController();
        try {
          const headers = TradeHubAuth.headers({ Accept: 'text/event-stream' });
          if (lastId !== null) headers['Last-Event-ID'] = lastId;
          const res = await fetch(url, { headers, signal: controller.signal, cache: 'no-store' });
          if (!res.ok || !res.body) throw new Error('HTTP ' + res.status);
          onState(true);
          const reader = res.body.getReader();
          const decoder = new TextDecoder();
          let buffer = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            buffer += decoder.decode(value, { stream: true });
            let cut;
            while ((cut = buffer.search(/\r?\n\r?\n/)) >= 0) {
              const block = buffer.slice(0, cut);
              buffer = buffer.slice(cut).replace(/^\r?\n\r?\n/, '');
              const ev = { id: null, name: 'message', data: '' };
              block.split(/\r?\n/).forEach(line => {
                if (line.startsWith(':')) return;
                const i = line.indexOf(':');
                const field = i < 0 ? line : line.slice(0, i);
                const val = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
                if (field === 'id') ev.id = val;
                else if (field === 'event') ev.name = val;
                else if (field === 'data') ev.data += (ev.data ? '\n' : '') + val;
              });
              if (ev.id !== null) lastId = ev.id;
              if (ev.data) onEvent(ev);
            }
          }
        } catch (e) {
          if (stopped) return;
        }
        onState(false);
        await new Promise(r => setTimeout(r, 3000));
      }
    }
    run();
    return { stop() { stopped = true; if (controller) controller.abort(); } };
  }
  return { connect };
})();
