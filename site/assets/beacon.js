// The view beacon: one POST to the API per article page view, sent without
// delaying anything (navigator.sendBeacon), to the address the page names.
const beacon = document.querySelector('meta[name="kiosque-beacon"]');
if (beacon && navigator.sendBeacon) navigator.sendBeacon(beacon.content);
