import autocannon from 'autocannon';
let n = 0;
const words = ['recrutement', 'climat'];
const r = await autocannon({ url: 'http://127.0.0.1:3995/v1/search', connections: 5, duration: 3,
  requests: [{ method: 'GET', setupRequest: (req: object) => ({ ...req, path: `/v1/search?q=${encodeURIComponent(words[n++ % 2])}` }) }] });
console.log(r.requests.average, r.errors, r.timeouts, r.non2xx, r['2xx']);
