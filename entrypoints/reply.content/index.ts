export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main() {
    // The in-page coach issue wires sessions, highlights and the card here.
  },
});
